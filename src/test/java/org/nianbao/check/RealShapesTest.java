package org.nianbao.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shapes of real published text (DOMAIN.md, "What real texts do"; issue 9), with made-up
 * numbers: a correct figure is never a mismatch, a wrong one is caught where the reading is certain
 * (decision 0007).
 */
class RealShapesTest {

    static Stream<Arguments> shapes() {
        return Stream.of(
                // shares take the list's whole: never the increase, never the previous category
                Arguments.of("a share after a growth clause", "共受理2,140件，同比增加160件，增幅8.08%。其中交通类321件，占15%。",
                        "share", "15%", FindingStatus.OK),
                Arguments.of("a share after a growth clause, wrong", "共受理2,140件，同比增加160件，增幅8.08%。其中交通类321件，占25%。",
                        "share", "25%", FindingStatus.MISMATCH),
                Arguments.of("shares chained down a list", "共受理1200件，其中甲类300件、占25%，乙类120件、占10%。",
                        "share", "10%", FindingStatus.OK),
                Arguments.of("shares chained down a list, wrong", "共受理1200件，其中甲类300件、占25%，乙类120件、占40%。",
                        "share", "40%", FindingStatus.MISMATCH),
                Arguments.of("shares chained without 其中", "全年受理1200件，甲类300件、占25%，乙类120件、占10%。",
                        "share", "10%", FindingStatus.OK),
                Arguments.of("a share of a named whole", "审结复议案件150件，其中维持80件，确认违法31件，约占结案总数的21%，责令履行18件。",
                        "share", "21%", FindingStatus.OK),
                Arguments.of("a whole named by its measure", "共收到申请16件，立案受理15件。维持5件，占受理案件总数的33%。",
                        "share", "33%", FindingStatus.OK),
                Arguments.of("a whole named by its measure, wrong", "共收到申请16件，立案受理15件。维持5件，占受理案件总数的38%。",
                        "share", "38%", FindingStatus.MISMATCH),
                Arguments.of("a whole of another subject", "全市受理15件，本区维持5件，占全市受理案件总数的38%。",
                        "share", "38%", FindingStatus.UNVERIFIABLE),
                // a share that names its own part before 占 is not the share of the count before it
                Arguments.of("a share naming a part the text does not give", "共受理法律援助案件85685件，办结74617件，办结率87%，诉讼案件占比84%。",
                        "share", "84%", FindingStatus.UNVERIFIABLE),
                Arguments.of("a share naming the part before it", "共受理案件2000件，其中诉讼案件1600件，诉讼案件占比80%。",
                        "share", "80%", FindingStatus.OK),
                // 成功率 alone after 调解成功N件 is the mediation's; a qualified one is not
                Arguments.of("成功率 alone after the mediation counts", "先行调解纠纷1813.14万件，调解成功1218.2万件，成功率高达67.19%。",
                        "rate", "67.19%", FindingStatus.OK),
                Arguments.of("成功率 alone after the mediation counts, wrong", "先行调解纠纷1813.14万件，调解成功1218.2万件，成功率高达69.79%。",
                        "rate", "69.79%", FindingStatus.MISMATCH),
                Arguments.of("a qualified 成功率 is another rate", "调解纠纷100件，调解成功95件，申请执行成功率80%。",
                        "rate", "80%", FindingStatus.UNVERIFIABLE),
                // a count word before an explanation in parentheses: "纠错（含撤销、确认违法）29件"
                Arguments.of("a count named before its explanation", "审结复议案件135件，其中纠错（含撤销、确认违法）29件，纠错率约21.5%。",
                        "rate", "21.5%", FindingStatus.OK),
                Arguments.of("a count named before its explanation, wrong", "审结复议案件135件，其中纠错（含撤销、确认违法）29件，纠错率约19.2%。",
                        "rate", "19.2%", FindingStatus.MISMATCH),
                // a sentence that opens with the comparison changes the count the sentence before ended on
                Arguments.of("an increase opening its sentence", "受理消费者举报3618件，占27%。比去年同期增加433件，举报量增长14%。",
                        "growth", "14%", FindingStatus.OK),
                Arguments.of("an increase opening its sentence, wrong", "受理消费者举报3618件，占27%。比去年同期增加433件，举报量增长12%。",
                        "growth", "12%", FindingStatus.MISMATCH),
                Arguments.of("an increase opening its sentence, another subject's growth", "受理消费者举报3618件，占27%。比去年同期增加433件，投诉量增长12%。",
                        "growth", "12%", FindingStatus.UNVERIFIABLE),
                // partial lists: not a sum error unless they say they are complete
                Arguments.of("a partial 其中 list", "受理1,050件，其中维持420件、驳回150件。",
                        "sum", "1050件", FindingStatus.UNVERIFIABLE),
                Arguments.of("a list that says it is complete", "受理1,050件，其中维持、驳回分别为420件、150件。",
                        "sum", "1050件", FindingStatus.MISMATCH),
                Arguments.of("a list naming its kinds", "受理1,050件，其中三类：维持420件、驳回150件、撤销80件。",
                        "sum", "1050件", FindingStatus.MISMATCH),
                Arguments.of("a part larger than the whole", "受理1,050件，其中维持1420件、驳回150件。",
                        "sum", "1050件", FindingStatus.MISMATCH),
                Arguments.of("a rate inserted in a list does not end it",
                        "审结复议案件150件，其中维持80件，确认违法31件，约占结案总数的21%，责令履行39件。",
                        "sum", "150件", FindingStatus.OK),
                Arguments.of("a list never mixes received and concluded", "全年案件200件，其中受理120件，办结110件。",
                        "sum", "200件", null),
                // subjects and names that look like numbers
                Arguments.of("a hotline's number is no count", "12345热线受理诉求10000件，办结9800件，办结率98%。",
                        "rate", "98%", FindingStatus.OK),
                Arguments.of("a hotline's number is no count, wrong", "12345热线受理诉求10000件，办结9800件，办结率96%。",
                        "rate", "96%", FindingStatus.MISMATCH),
                // definitions written in the text win
                Arguments.of("结收比 defined in the text", "全年收案1500件，结案1623件，结收比（结案数/收案数）108.20%。",
                        "rate", "108.20%", FindingStatus.OK),
                Arguments.of("结收比 defined in the text, wrong", "全年收案1500件，结案1623件，结收比（结案数/收案数）118.20%。",
                        "rate", "118.20%", FindingStatus.MISMATCH),
                Arguments.of("纠错率 defined by its list", "审结复议案件160件，撤销9件、变更2件、确认违法6件，纠错率（撤销、变更、确认违法）10.63%。",
                        "rate", "10.63%", FindingStatus.OK),
                // number forms
                Arguments.of("spaces in a number", "受理群众诉求1 360 件，办结1 300件，办结率95.59%。",
                        "rate", "95.59%", FindingStatus.OK),
                Arguments.of("full-width digits", "受理１３６０件，办结１３００件，办结率95.59%。",
                        "rate", "95.59%", FindingStatus.OK),
                Arguments.of("thousands separators", "全年受理23,516件，办结23,000件，办结率97.81%。",
                        "rate", "97.81%", FindingStatus.OK),
                // growth words
                Arguments.of("同比增加N件，增幅x%", "全年受理1500件，同比增加96件，增幅6.8%。",
                        "growth", "6.8%", FindingStatus.OK),
                Arguments.of("同比增加N件，增幅x%, wrong", "全年受理1500件，同比增加96件，增幅7.8%。",
                        "growth", "7.8%", FindingStatus.MISMATCH),
                Arguments.of("同比增加N件（增幅x%）", "全年受理1500件，同比增加96件（增幅6.84%）。",
                        "growth", "6.84%", FindingStatus.OK),
                Arguments.of("同比减少N件，降幅x%", "全年受理1500件，同比减少120件，降幅7.41%。",
                        "growth", "7.41%", FindingStatus.OK),
                Arguments.of("同比减少N件，减幅x%, wrong", "全年受理1500件，同比减少120件，减幅8.41%。",
                        "growth", "8.41%", FindingStatus.MISMATCH),
                Arguments.of("priors written as 上年分别为", "受理5140件、办结4720件（上年分别为4571件、4296件），同比分别增长12.45%和9.87%。",
                        "growth", "9.87%", FindingStatus.OK),
                Arguments.of("priors written as 上年分别为, wrong", "受理5140件、办结4720件（上年分别为4571件、4296件），同比分别增长12.45%和10.87%。",
                        "growth", "10.87%", FindingStatus.MISMATCH),
                Arguments.of("a fall with no prior", "全年受理1500件，同比减少3.2%。",
                        "growth", "3.2%", FindingStatus.UNVERIFIABLE),
                // rates not in the library, inferred from the text: they verify, never call wrong
                Arguments.of("化解率 inferred", "登记矛盾纠纷4,120件，化解3,790件，化解率92%。", "rate", "92%", FindingStatus.OK),
                Arguments.of("化解率 inferred, wrong", "登记矛盾纠纷4,120件，化解3,790件，化解率97%。",
                        "rate", "97%", FindingStatus.UNVERIFIABLE),
                Arguments.of("满意率 inferred", "回访2,600件，满意2,511件，满意率96.6%。", "rate", "96.6%", FindingStatus.OK),
                Arguments.of("不满意率 as the complement", "回访2,600件，满意2,511件，满意率96.6%，不满意率3.4%。",
                        "rate", "3.4%", FindingStatus.OK),
                Arguments.of("回访率 inferred", "受理群众诉求5000件，回访4000件，回访率80%。", "rate", "80%", FindingStatus.OK),
                Arguments.of("调解和解率 inferred", "受理调解申请500件，调解和解450件，调解和解率90%。",
                        "rate", "90%", FindingStatus.OK),
                Arguments.of("综合办结率 inferred", "有效工单11171件，综合办结11163件，综合办结率99.93%。",
                        "rate", "99.93%", FindingStatus.OK),
                Arguments.of("直接办结率 is not 办结率", "受理诉求1000件，直接办结800件，办结950件，直接办结率80%。",
                        "rate", "80%", FindingStatus.OK),
                Arguments.of("直接办结率 never checked as 办结率", "受理诉求1000件，办结950件，直接办结率80%。",
                        "rate", "80%", FindingStatus.UNVERIFIABLE),
                Arguments.of("按时办结率 inferred", "受理诉求1000件，按时办结950件，按时办结率95%。", "rate", "95%", FindingStatus.OK),
                Arguments.of("结案率 inferred", "新收案件1120件，结案962件，结案率85.9%。", "rate", "85.9%", FindingStatus.OK),
                Arguments.of("two wholes: no inference", "受理诉求1000件，登记900件，化解800件，化解率80%。",
                        "rate", "80%", FindingStatus.UNVERIFIABLE),
                Arguments.of("a 满意度 score is not a rate", "群众满意度98.6%，满意度评分96.5分。", "rate", "98.6%", null),
                // truncation: ok with a note
                Arguments.of("a truncated rate", "受理2500件，办结2499件，办结率99.9%。",
                        "rate", "99.9%", FindingStatus.OK),
                Arguments.of("a truncated growth", "全年受理1500件，同比增加96件，增幅6.83%。",
                        "growth", "6.83%", FindingStatus.OK));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void eachShape(String name, String paragraph, String rule, String stated, FindingStatus expected) {
        List<Finding> all = new ReportChecker().check(Fixtures.withParagraphs(paragraph)).findings();
        List<Finding> onStated = all.stream().filter(f -> f.rule().equals(rule) && stated.equals(f.stated())).toList();
        if (expected == null) {
            assertThat(onStated).as("no %s finding on %s: %s", rule, stated, all).isEmpty();
            return;
        }
        assertThat(onStated).as(rule + " on " + stated + " in " + all).hasSize(1);
        Finding f = onStated.get(0);
        assertThat(f.status()).as(f.message()).isEqualTo(expected);
        if (expected != FindingStatus.MISMATCH) {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        }
        // whatever else the paragraph holds, a correct figure elsewhere is never called wrong
        if (expected != FindingStatus.MISMATCH) {
            assertThat(all).as("mismatches in " + paragraph).noneMatch(x -> x.status() == FindingStatus.MISMATCH);
        }
    }

    @Test
    void aTruncatedFigureSaysWhatRoundingGives() {
        Finding f = Fixtures.only(Fixtures.withParagraphs("受理2500件，办结2499件，办结率99.9%。"), "rate");
        assertThat(f.message()).contains("四舍五入保留1位小数应为100.0%");
    }

    @Test
    void anotherSubjectsRateHasNoCounts() {
        List<Finding> all = new ReportChecker().check(Fixtures.withParagraphs(
                "全省出庭应诉率96.1%，其中达到100%的有甲市、乙市等4个市。")).findings();
        assertThat(all).noneMatch(f -> f.status() == FindingStatus.MISMATCH);
        assertThat(all).noneMatch(f -> "100%".equals(f.stated()) && f.status() != FindingStatus.UNVERIFIABLE);
    }
}
