package org.nianbao.ui.textcheck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nianbao.ui.common.Messages;

/** "核对一段文字" without a window: material is checked figure by figure, as a report's paragraphs would be. */
class TextCheckModelTest {

    private final TextCheckModel model = new TextCheckModel(Messages.load()::get);

    @Test
    void eachFigureGetsALineThatNamesItsParagraphAndTheSummaryCountsThem() {
        TextCheckModel.Result result = model.check("全年共受理行政复议案件2410件，审结2288件，审结率94.94%。\n\n"
                + "  共受理2,140件，同比增加160件，增幅8.08%。其中交通类321件，占25%。  ");

        assertThat(result.lines()).anyMatch(l -> l.startsWith("【") && l.contains("审结率94.94%") && l.contains("相符"))
                .anyMatch(l -> l.startsWith("【错误】第2段") && l.contains("“占25%”") && l.contains("15.00%"))
                .noneMatch(l -> l.contains("提纲") || l.contains("成文日期"));
        assertThat(result.summary()).startsWith("错误1项").contains("已核对2项");
    }

    @Test
    void blankTextHasNothingToCheck() {
        TextCheckModel.Result result = model.check(" \n\n ");

        assertThat(result.lines()).isEmpty();
        assertThat(result.summary()).startsWith("错误0项");
    }
}
