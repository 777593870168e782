package org.nianbao.ui.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.nianbao.collect.Conflict;
import org.nianbao.collect.ReturnCheck;
import org.nianbao.ui.common.AnsweringDialogs;
import org.nianbao.ui.common.Messages;

/** The collect tab's questions go through the dialog service: answered here without a window. */
class CollectQuestionsTest {

    private final Messages m = Messages.of(Locale.SIMPLIFIED_CHINESE);
    private final AnsweringDialogs dialogs = new AnsweringDialogs();
    private final List<Conflict> conflicts = List.of(
            new Conflict(1, "行政复议案件数", new BigDecimal("12"), new BigDecimal("15"), "B3"));

    @Test
    void aConflictNamesEachFigureAndTakesTheAnswerChosen() {
        dialogs.answerChoice(ReturnCheck.Keep.RETURNED);

        assertThat(CollectTab.askWhichToKeep(dialogs, m, "司法局", conflicts)).contains(ReturnCheck.Keep.RETURNED);
        assertThat(dialogs.asked).singleElement().asString()
                .contains("司法局", "“行政复议案件数”：已录入 12，表中为 15");
    }

    @Test
    void aCancelledConflictKeepsNeither() {
        assertThat(CollectTab.askWhichToKeep(dialogs, m, "司法局", conflicts)).isEmpty();
    }

    @Test
    void aMatchByNameIsAskedWithTheFileAndDepartment() {
        dialogs.confirmAnswer = false;

        assertThat(CollectTab.confirmNameMatch(dialogs, m, "司法局.xlsx", "司法局")).isFalse();
        assertThat(dialogs.lastConfirmation).contains("司法局.xlsx", "司法局");
    }
}
