package org.nianbao.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.model.Report;

/** Each trap of DOMAIN.md, in a consistent and a broken version (made-up figures of 示例区). */
class FigureTrapsTest {

    static Stream<Arguments> traps() {
        return Stream.of(
                // the denominator is a subtotal: 审结率 divides by 受理, not 办理
                Arguments.of("审结率 over accepted", "全年办理行政复议案件2960件，受理2410件，审结2288件，审结率94.94%。",
                        "rate", FindingStatus.OK, "94.94%", "94.938%"),
                Arguments.of("审结率 over handled is wrong", "全年办理行政复议案件2960件，受理2410件，审结2288件，审结率77.30%。",
                        "rate", FindingStatus.MISMATCH, "77.30%", "94.938%"),
                // the denominator must be derived: 结收比 = 结案 ÷ (收案 − 旧存)
                Arguments.of("结收比 net of carried over", "全年收案9860件（含旧存1120件），结案8700件，结收比99.54%。",
                        "rate", FindingStatus.OK, "99.54%", "99.542%"),
                Arguments.of("结收比 over all received is wrong", "全年收案9860件（含旧存1120件），结案8700件，结收比88.24%。",
                        "rate", FindingStatus.MISMATCH, "88.24%", "99.542%"),
                // received written as a total with its carried-over part, and new cases named apart
                Arguments.of("结收比 with new cases named in the breakdown",
                        "全年收到申请186件，其中上年结转14件、新受理172件；审结163件，结收比94.77%。",
                        "rate", FindingStatus.OK, "94.77%", "94.767%"),
                Arguments.of("结收比 over new cases alone", "全年新收案件172件，旧存14件，结案163件，结收比94.77%。",
                        "rate", FindingStatus.OK, "94.77%", "94.767%"),
                Arguments.of("结收比 over new cases alone, wrong", "全年新收案件172件，结案163件，结收比90.77%。",
                        "rate", FindingStatus.MISMATCH, "90.77%", "94.767%"),
                // the breakdown ends with its clause: what follows the ； is not a part of the total
                Arguments.of("breakdown ends at the semicolon",
                        "全年收到申请186件，其中上年结转14件、新受理172件；审结163件。",
                        "sum", FindingStatus.OK, "186件", "186件"),
                Arguments.of("breakdown whose parts are separated by semicolons",
                        "共查处案件20件，其中处罚类12件；许可类9件。",
                        "sum", FindingStatus.MISMATCH, "20件", "21件"),
                // a tie rounds up: 45 more on 360 is exactly 12.5%
                Arguments.of("growth tie rounds half up", "全年受理405件（上年360件），同比增长13%。",
                        "growth", FindingStatus.OK, "13%", "12.50%"),
                Arguments.of("banker's rounding of a tie is wrong", "全年受理405件（上年360件），同比增长12%。",
                        "growth", FindingStatus.MISMATCH, "12%", "12.50%"),
                Arguments.of("prior year written as a year", "全年受理405件(2019年360件)，同比增长12.5%。",
                        "growth", FindingStatus.OK, "12.5%", "12.50%"),
                Arguments.of("pass rate", "组织400人参加考试，其中考试合格300人，通过率75%。",
                        "rate", FindingStatus.OK, "75%", "75.00%"),
                Arguments.of("pass rate wrong", "组织400人参加考试，其中考试合格300人，通过率57%。",
                        "rate", FindingStatus.MISMATCH, "57%", "75.00%"),
                Arguments.of("closure rate without the accepted count", "办结信访事项55件，办结率81%。",
                        "rate", FindingStatus.UNVERIFIABLE, "81%", null),
                Arguments.of("维持率 with a sum numerator", "审结复议案件60件，其中维持40件、驳回10件，维持率83.3%。",
                        "rate", FindingStatus.OK, "83.3%", "83.33%"),
                Arguments.of("维持率 missing the dismissed is not a guess", "审结复议案件60件，维持40件，维持率83.3%。",
                        "rate", FindingStatus.UNVERIFIABLE, "83.3%", null),
                // "已审结案件中，" opens a sentence whose semicolon clauses all divide the 审结 count before it
                Arguments.of("纠错率 two clauses after the count its opening names",
                        "全年审结163件，审结率94.77%。已审结案件中，维持98件、驳回21件，维持率73.01%；"
                                + "撤销9件、变更2件、确认违法6件、责令履行3件，纠错率12.27%；其余24件终止审理。",
                        "rate", FindingStatus.OK, "12.27%", "12.270%"),
                Arguments.of("纠错率 two clauses after the count its opening names, wrong",
                        "全年审结163件，审结率94.77%。已审结案件中，维持98件、驳回21件，维持率73.01%；"
                                + "撤销9件、变更2件、确认违法6件、责令履行3件，纠错率13.27%；其余24件终止审理。",
                        "rate", FindingStatus.MISMATCH, "13.27%", "12.270%"),
                Arguments.of("an opening that names no count of the clause before is no reference",
                        "全年受理163件。已审结案件中，维持98件；撤销9件、变更2件、确认违法6件、责令履行3件，纠错率12.27%。",
                        "rate", FindingStatus.UNVERIFIABLE, "12.27%", null),
                // the nearer word names the count, though a longer one stands earlier in the clause
                Arguments.of("网上可办率 of the items the clause opens with",
                        "全区1286项政务服务事项中网上可办1262项，网上可办率98.13%。",
                        "rate", FindingStatus.OK, "98.13%", "98.134%"),
                Arguments.of("网上可办率 of the items the clause opens with, wrong",
                        "全区1286项政务服务事项中网上可办1262项，网上可办率98.31%。",
                        "rate", FindingStatus.MISMATCH, "98.31%", "98.134%"),
                // 优秀率 of reviewed case files; 31 of 248 is exactly 12.5%, which rounds up
                Arguments.of("优秀率 of case files reviewed", "抽查案卷248卷，评定优秀案卷31卷，优秀率13%。",
                        "rate", FindingStatus.OK, "13%", "12.50%"),
                Arguments.of("优秀率 of case files rounded down is wrong", "抽查案卷248卷，评定优秀案卷31卷，优秀率12%。",
                        "rate", FindingStatus.MISMATCH, "12%", "12.50%"),
                Arguments.of("调解成功率", "共调解各类纠纷4318件，调解成功4226件，调解成功率97.87%。",
                        "rate", FindingStatus.OK, "97.87%", "97.869%"),
                Arguments.of("调解成功率 wrong", "共调解各类纠纷4318件，调解成功4226件，调解成功率96.87%。",
                        "rate", FindingStatus.MISMATCH, "96.87%", "97.869%"),
                Arguments.of("share of a total", "共办理案件384件，其中调解结案120件，占31.25%。",
                        "share", FindingStatus.OK, "31.25%", "31.250%"),
                Arguments.of("share of a total wrong", "共办理案件384件，其中调解结案120件，占32.25%。",
                        "share", FindingStatus.MISMATCH, "32.25%", "31.250%"),
                Arguments.of("share of a whole not in the text", "共办理案件384件，其中调解结案120件，占全市的8%。",
                        "share", FindingStatus.UNVERIFIABLE, "8%", null),
                Arguments.of("percentage points", "考试通过率为63.8%（上年58.2%），提高5.6个百分点。",
                        "points", FindingStatus.OK, "5.6个百分点", "5.60个百分点"),
                Arguments.of("percentage points from-to", "网上可办率由82.5%提高到90.1%，提高7.6个百分点。",
                        "points", FindingStatus.OK, "7.6个百分点", "7.60个百分点"),
                Arguments.of("percentage points wrong", "考试通过率为63.8%（上年58.2%），提高6.6个百分点。",
                        "points", FindingStatus.MISMATCH, "6.6个百分点", "5.60个百分点"),
                Arguments.of("breakdown adds up", "受理案件68件，其中已办结55件，正在办理13件。",
                        "sum", FindingStatus.OK, "68件", "68件"),
                Arguments.of("breakdown above the total", "受理案件68件，其中已办结55件，正在办理23件。",
                        "sum", FindingStatus.MISMATCH, "68件", "78件"),
                Arguments.of("amounts within rounding", "罚没金额共计30.3万元，其中罚款10.1万元、没收违法所得10.1万元、其他10.2万元。",
                        "sum", FindingStatus.OK, "30.3万元", "30.4万元"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("traps")
    void stateOfEachTrap(String name, String paragraph, String rule, FindingStatus status, String stated,
                         String computed) {
        // the finding on the stated figure: a row's paragraph may hold other figures of the same rule
        List<Finding> onStated = Fixtures.findings(Fixtures.withParagraphs(paragraph), rule).stream()
                .filter(x -> stated.equals(x.stated())).toList();
        assertThat(onStated).as(rule + " on " + stated).hasSize(1);
        Finding f = onStated.get(0);
        assertThat(f.status()).as(f.message()).isEqualTo(status);
        assertThat(f.stated()).isEqualTo(stated);
        assertThat(f.computed()).isEqualTo(computed);
        assertThat(f.message()).isNotBlank();
        if (status == FindingStatus.MISMATCH) {
            assertThat(f.severity()).isNotEqualTo(Severity.INFO);
        } else {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        }
    }

    private static org.nianbao.model.Metric accepted(String now, String prior) {
        var m = org.nianbao.model.Metric.count("受理", new java.math.BigDecimal(now), "件");
        return prior == null ? m : m.withPriorValue(new java.math.BigDecimal(prior));
    }

    /** Growth written next to a {{指标名}} reference, checked against the metric's prior value. */
    static Stream<Arguments> growthOfReferences() {
        return Stream.of(
                Arguments.of("growth from the metric's prior value", accepted("405", "360"),
                        "全年受理{{受理}}，同比增长12.5%。", FindingStatus.OK, "12.5%", "12.50%"),
                Arguments.of("growth from the metric's prior value, wrong", accepted("405", "360"),
                        "全年受理{{受理}}，同比增长13.5%。", FindingStatus.MISMATCH, "13.5%", "12.50%"),
                Arguments.of("growth from the metric's prior value rounds a tie up", accepted("405", "360"),
                        "全年受理{{受理}}，同比增长13%。", FindingStatus.OK, "13%", "12.50%"),
                Arguments.of("growth from the metric's prior value, tie rounded down", accepted("405", "360"),
                        "全年受理{{受理}}，同比增长12%。", FindingStatus.MISMATCH, "12%", "12.50%"),
                Arguments.of("a fall from the metric's prior value", accepted("4000", "4571"),
                        "全年受理{{受理}}，同比下降12.49%。", FindingStatus.OK, "12.49%", "12.492%"),
                Arguments.of("a fall from the metric's prior value, wrong", accepted("4000", "4571"),
                        "全年受理{{受理}}，同比下降12.94%。", FindingStatus.MISMATCH, "12.94%", "12.492%"),
                Arguments.of("a metric without a prior value", accepted("405", null),
                        "全年受理{{受理}}，同比增长12.5%。", FindingStatus.UNVERIFIABLE, "12.5%", null),
                Arguments.of("growth of something else after a reference", accepted("405", "360"),
                        "全年受理{{受理}}，群众满意度同比提高5%。", FindingStatus.UNVERIFIABLE, "5%", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("growthOfReferences")
    void growthNextToAReference(String name, org.nianbao.model.Metric metric, String paragraph, FindingStatus status,
                                String stated, String computed) {
        Finding f = Fixtures.only(Fixtures.withParagraphs(List.of(metric), paragraph), "growth");
        assertThat(f.status()).as(f.message()).isEqualTo(status);
        assertThat(f.stated()).isEqualTo(stated);
        assertThat(f.computed()).isEqualTo(computed);
        if (metric.priorValue() == null) {
            assertThat(f.message()).contains("“受理”").contains("上年");
        }
        if (status == FindingStatus.MISMATCH) {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("上年" + metric.priorValue());
        }
    }

    @Test
    void growthWrittenWhereTheReferencedMetricFellIsAnError() {
        Report r = Fixtures.withParagraphs(List.of(accepted("4000", "4571")), "全年受理{{受理}}，同比增长12.49%。");
        Finding f = Fixtures.only(r, "growth-direction");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message()).contains("下降");
        String stored = "全年受理{{受理}}，同比增长12.49%。";
        assertThat(stored.substring(f.location().start(), f.location().end())).isEqualTo("同比增长12.49%");
    }

    @Test
    void pointsNextToARateReferenceUseTheMetricsPriorRate() {
        var satisfaction = org.nianbao.model.Metric.count("满意率", new java.math.BigDecimal("95.5"), "%")
                .withPriorValue(new java.math.BigDecimal("93.2"));
        Finding ok = Fixtures.only(Fixtures.withParagraphs(List.of(satisfaction),
                "群众满意率{{满意率}}，较上年提高2.3个百分点。"), "points");
        assertThat(ok.status()).as(ok.message()).isEqualTo(FindingStatus.OK);
        Finding wrong = Fixtures.only(Fixtures.withParagraphs(List.of(satisfaction),
                "群众满意率{{满意率}}，较上年提高3.2个百分点。"), "points");
        assertThat(wrong.status()).as(wrong.message()).isEqualTo(FindingStatus.MISMATCH);
        assertThat(wrong.computed()).isEqualTo("2.30个百分点");
    }

    @Test
    void aPriorWrittenInTheTextWinsOverTheMetricsTable() {
        Report r = Fixtures.withParagraphs(List.of(accepted("405", "300")), "全年受理{{受理}}（上年360件），同比增长12.5%。");
        Finding f = Fixtures.only(r, "growth");
        assertThat(f.status()).isEqualTo(FindingStatus.OK);
        assertThat(f.inputs()).containsEntry("上年", "360件");
    }

    @Test
    void pairedGrowthRatesAreMatchedInOrder() {
        Report r = Fixtures.withParagraphs("全年受理行政许可5140件(上年4571件)、行政检查4720件(上年4296件)，同比分别增长12.45%和9.87%。");
        List<Finding> growth = Fixtures.findings(r, "growth");
        assertThat(growth).extracting(Finding::status).containsExactly(FindingStatus.OK, FindingStatus.OK);
        assertThat(growth.get(0).inputs()).containsEntry("本年", "5140件").containsEntry("上年", "4571件");
        assertThat(growth.get(1).inputs()).containsEntry("本年", "4720件").containsEntry("上年", "4296件");
    }

    @Test
    void aSwappedPairedGrowthRateIsCaught() {
        Report r = Fixtures.withParagraphs("全年受理行政许可5140件(上年4571件)、行政检查4720件(上年4296件)，同比分别增长9.87%和12.45%。");
        assertThat(Fixtures.findings(r, "growth")).extracting(Finding::status)
                .containsExactly(FindingStatus.MISMATCH, FindingStatus.MISMATCH);
    }

    @Test
    void growthWrittenWhereTheFigureFellIsAnError() {
        Report r = Fixtures.withParagraphs("全年受理4000件（上年4571件），同比增长12.49%。");
        Finding f = Fixtures.only(r, "growth-direction");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.status()).isEqualTo(FindingStatus.VIOLATION);
        assertThat(f.message()).contains("下降");
    }

    @Test
    void aFallStatedAsAFallIsVerified() {
        Report r = Fixtures.withParagraphs("全年受理4000件（上年4571件），同比下降12.49%。");
        assertThat(Fixtures.only(r, "growth").status()).isEqualTo(FindingStatus.OK);
        assertThat(Fixtures.findings(r, "growth-direction")).isEmpty();
    }

    @Test
    void breakdownShortOfTheTotalBeyondRoundingIsAWarning() {
        // nine categories under 862.40万 that sum to 862.21万
        Report r = Fixtures.withParagraphs("全年罚没收入862.40万元，其中：甲类100.01万元、乙类100.02万元、丙类100.03万元、"
                + "丁类100.04万元、戊类100.05万元、己类100.06万元、庚类100.00万元、辛类100.00万元、壬类62.00万元。");
        Finding f = Fixtures.only(r, "sum");
        assertThat(f.status()).isEqualTo(FindingStatus.MISMATCH);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.computed()).isEqualTo("862.21万元");
        assertThat(f.message()).contains("0.19万元");
    }

    @Test
    void aRateThatDependsOnTheDefinitionIsVerifiedWithANote() {
        Report r = Fixtures.withParagraphs("全年审结行政诉讼案件17件，其中胜诉15件，撤诉2件，胜诉率100%。");
        Finding f = Fixtures.only(r, "rate");
        assertThat(f.status()).isEqualTo(FindingStatus.OK);
        assertThat(f.message()).contains("口径");
    }

    @Test
    void aDefinitionDependentDisagreementIsOnlyAWarning() {
        Report r = Fixtures.withParagraphs("全年审结行政诉讼案件17件，其中败诉3件，败诉率12%。");
        Finding f = Fixtures.only(r, "rate");
        assertThat(f.status()).isEqualTo(FindingStatus.MISMATCH);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void aZeroDenominatorIsAnError() {
        Finding f = Fixtures.only(Fixtures.withParagraphs("受理信访事项0件，办结0件，办结率100%。"), "zero-denominator");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void aNumeratorAboveItsDenominatorIsAnError() {
        Report r = Fixtures.withParagraphs("受理信访事项50件，办结60件，办结率120%。");
        assertThat(Fixtures.only(r, "numerator-exceeds-denominator").severity()).isEqualTo(Severity.ERROR);
        assertThat(Fixtures.only(r, "over-100").severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void aShareAbove100PercentIsAnError() {
        Report r = Fixtures.withParagraphs("共办理案件100件，其中调解结案120件，占120%。");
        assertThat(Fixtures.only(r, "over-100").severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void theMissingInputIsNamed() {
        Finding f = Fixtures.only(Fixtures.withParagraphs("参加考试人数7617人，参考率98%。"), "rate");
        assertThat(f.status()).isEqualTo(FindingStatus.UNVERIFIABLE);
        assertThat(f.message()).contains("应参考");
    }

    @Test
    void twoCandidateDenominatorsNeverGiveAMismatch() {
        // two accepted counts one sentence away on either side: which one the rate uses is a guess
        Report r = Fixtures.withParagraphs("受理信访事项68件；办结55件，办结率70%；另受理咨询90件。");
        Finding f = Fixtures.only(r, "rate");
        assertThat(f.status()).isEqualTo(FindingStatus.UNVERIFIABLE);
    }

    @Test
    void theCountInTheSameSentenceWinsOverTheNeighbours() {
        Report r = Fixtures.withParagraphs("受理信访事项68件，办结55件，办结率81%；受理行政复议12件，办结10件，办结率83%。");
        assertThat(Fixtures.findings(r, "rate")).extracting(Finding::status)
                .containsExactly(FindingStatus.OK, FindingStatus.OK);
    }

    @Test
    void anApproximateInputWidensWhatIsAccepted() {
        // 约1.2万 stands for 11,500 to 12,499: 9,600 ÷ that is 76.8% to 83.5%
        Report r = Fixtures.withParagraphs("受理群众诉求约1.2万件，办结9600件，办结率78%。");
        assertThat(Fixtures.only(r, "rate").status()).isEqualTo(FindingStatus.OK);
    }

    @Test
    void aCountFromTheMetricsTableFillsAMissingInput() {
        Report r = Fixtures.withParagraphs(List.of(org.nianbao.model.Metric.count("应参考人数",
                new java.math.BigDecimal("7772"), "人")), "参加考试人数7617人，参考率98%。");
        Finding f = Fixtures.only(r, "rate");
        assertThat(f.status()).isEqualTo(FindingStatus.OK);
        assertThat(f.inputs()).containsEntry("参考", "7617").containsEntry("应参考", "7772");
    }

    @Test
    void aGrowthOfSomethingElseAfterAPairIsNotCalledWrong() {
        Report r = Fixtures.withParagraphs("全年受理5140件（上年4571件），群众满意度同比提高5%。");
        assertThat(Fixtures.only(r, "growth").status()).isEqualTo(FindingStatus.UNVERIFIABLE);
    }

    @Test
    void aGrowthInTheNextSentenceIsOnlyEverVerified() {
        Report r = Fixtures.withParagraphs("全年受理5140件（上年4571件）。办理时限同比下降20%。");
        assertThat(Fixtures.only(r, "growth").status()).isEqualTo(FindingStatus.UNVERIFIABLE);
        Report right = Fixtures.withParagraphs("全年受理5140件（上年4571件）。增幅为12.45%。");
        assertThat(Fixtures.only(right, "growth").status()).isEqualTo(FindingStatus.OK);
    }

    @Test
    void aListOfRateNamesWithALIstOfFiguresIsNotPairedByGuess() {
        Report r = Fixtures.withParagraphs("参加考试400人，合格300人，优秀100人，通过率、优秀率分别为25%和75%。");
        assertThat(Fixtures.findings(r, "rate")).isEmpty();
    }

    @Test
    void aSubBreakdownInParenthesesIsCheckedOnItsOwn() {
        Report r = Fixtures.withParagraphs("受理案件100件，其中行政处罚案件60件（其中简易程序20件、一般程序40件），行政许可案件40件。");
        assertThat(Fixtures.findings(r, "sum")).hasSize(2).allMatch(f -> f.status() == FindingStatus.OK);
    }

    @Test
    void aCountFromTheMetricsTableNeverMakesAMismatch() {
        Report r = Fixtures.withParagraphs(List.of(org.nianbao.model.Metric.count("行政复议受理",
                new java.math.BigDecimal("12"), "件")), "办结信访事项55件，办结率81%。");
        assertThat(Fixtures.only(r, "rate").status()).isEqualTo(FindingStatus.UNVERIFIABLE);
    }

    @Test
    void categoriesListedUnderATotalAreSummed() {
        Report ok = Fixtures.withParagraphs("全年罚没收入30.30万元，具体如下：", "（1）罚款10.10万元；", "（2）没收违法所得20.20万元。",
                "以上款项均已上缴国库。");
        Finding f = Fixtures.only(ok, "sum");
        assertThat(f.status()).isEqualTo(FindingStatus.OK);
        assertThat(f.location().paragraph()).isZero();
        assertThat(f.inputs()).containsEntry("总数", "30.30万元").containsEntry("罚款", "10.10万元");
        Report broken = Fixtures.withParagraphs("全年罚没收入30.30万元，具体如下：", "（1）罚款10.10万元；", "（2）没收违法所得21.20万元。");
        assertThat(Fixtures.only(broken, "sum").status()).isEqualTo(FindingStatus.MISMATCH);
    }

    @Test
    void aColonWithASingleItemBelowIsNoBreakdown() {
        Report r = Fixtures.withParagraphs("全年罚没收入30.30万元，具体如下：", "罚款30.30万元。", "另有培训12期。");
        assertThat(Fixtures.findings(r, "sum")).isEmpty();
    }
}
