package org.nianbao.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Paragraph;
import org.nianbao.model.Section;
import org.nianbao.testing.Fixtures;

class DocumentLayoutTest {

    @Test
    void theReportReadsInOrderWithTheProblemListWhereTheProblemsPartStands() {
        List<DocParagraph> doc = DocumentLayout.of(Fixtures.smallReport());

        assertThat(doc).extracting(p -> p.block().kind() + " " + p.block().number() + p.text()).containsExactly(
                "TITLE 示例区2023年法治政府建设年度报告",
                "PREAMBLE 2023年，示例区坚持依法行政。现将有关情况报告如下：",
                "HEADING 一、2023年法治政府建设主要成效",
                "HEADING （一）强化组织领导",
                "BODY 区政府常务会议专题研究法治政府建设工作4次。",
                "HEADING （二）化解矛盾纠纷",
                "BODY 全年受理行政复议案件40件，审结36件，审结率为90%。",
                "HEADING 二、存在的不足",
                "BODY 对照要求，我区法治政府建设仍有差距，主要表现在：",
                "PROBLEM 一是执法人员培训覆盖面不够广",
                "PROBLEM 二是规范性文件备案不够及时",
                "HEADING 三、2024年工作安排",
                "HEADING （一）深化依法行政",
                "BODY 继续推进行政执法三项制度。",
                "ATTACHMENT_TITLE 附件1  2023年行政复议案件统计表",
                "ATTACHMENT_BODY （略）",
                "ISSUER 中共示例区委员会",
                "ISSUER 示例区人民政府",
                "DATE 2024年2月6日");
        assertThat(doc.get(3).block().level()).isEqualTo(2);
    }

    @Test
    void aSectionReadBackTakesItsHeadingAndItsParagraphsButNotBlankLinesOrOtherSections() {
        Section stored = Fixtures.section("存在的不足", "旧的一段").withId(7L);
        List<DocParagraph> shown = List.of(
                new DocParagraph(Block.heading(7, 1, "二、"), "存在的问题"),
                new DocParagraph(Block.body(7), "总体来看，"),
                new DocParagraph(Block.body(7), " "),
                new DocParagraph(Block.body(7), "主要表现在："),
                new DocParagraph(Block.body(8), "别的部分"));

        Section read = DocumentLayout.read(stored, shown);

        assertThat(read.heading()).isEqualTo("存在的问题");
        assertThat(read.paragraphs()).extracting(Paragraph::text).containsExactly("总体来看，", "主要表现在：");
    }

    @Test
    void onlyBodyParagraphsOfOneSectionOrThePreambleJoin() {
        assertThat(Block.body(1).joinsWith(Block.body(1))).isTrue();
        assertThat(Block.body(1).joinsWith(Block.body(2))).isFalse();
        assertThat(Block.heading(1, 1, "一、").joinsWith(Block.body(1))).isFalse();
        assertThat(Block.of(Block.Kind.PREAMBLE).joinsWith(Block.of(Block.Kind.PREAMBLE))).isTrue();
        assertThat(Block.of(Block.Kind.PROBLEM).joinsWith(Block.of(Block.Kind.PROBLEM))).isFalse();
    }
}
