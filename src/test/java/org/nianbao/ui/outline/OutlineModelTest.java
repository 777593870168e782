package org.nianbao.ui.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.Section;
import org.nianbao.ui.session.SessionFixture;

/** The outline's commands without a window: each is stored at once, and undo and redo restore it exactly. */
class OutlineModelTest {

    @TempDir
    Path folder;
    private SessionFixture fixture;
    private OutlineModel model;

    @BeforeEach
    void open() {
        fixture = new SessionFixture(folder);
        model = new OutlineModel(fixture.session);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void anAddedSectionIsStoredAfterTheSelectedOneAndUndoRemovesIt() {
        assertThat(model.addAfter(List.of(0, 0), "加强队伍建设")).isTrue();

        assertThat(headings(fixture.reload().sections().get(0).children()))
                .containsExactly("强化组织领导", "加强队伍建设", "化解矛盾纠纷");
        assertThat(model.focusProperty().get()).isEqualTo(List.of(0, 1));

        model.history().undo();
        assertThat(headings(fixture.reload().sections().get(0).children())).containsExactly("强化组织领导", "化解矛盾纠纷");
        model.history().redo();
        assertThat(headings(fixture.session.report().sections().get(0).children()))
                .containsExactly("强化组织领导", "加强队伍建设", "化解矛盾纠纷");
    }

    @Test
    void aDeletedSubtreeComesBackWithItsTextOnUndo() {
        model.delete(List.of(0));
        assertThat(headings(fixture.reload().sections())).containsExactly("存在的不足", "2024年工作安排");

        model.history().undo();
        Section back = fixture.reload().sections().get(0);
        assertThat(back.heading()).isEqualTo("2023年法治政府建设主要成效");
        assertThat(back.children().get(1).paragraphs().get(0).text()).contains("审结率为90%");
    }

    @Test
    void promoteAndDemoteMoveASectionAcrossLevelsAndTheFirstChildCannotBeDemoted() {
        assertThat(model.demote(List.of(0, 0))).as("the first child has no previous sibling").isFalse();

        assertThat(model.promote(List.of(0, 1))).isTrue();
        assertThat(headings(fixture.reload().sections()))
                .containsExactly("2023年法治政府建设主要成效", "化解矛盾纠纷", "存在的不足", "2024年工作安排");

        assertThat(model.demote(List.of(1))).isTrue();
        assertThat(headings(fixture.reload().sections().get(0).children())).containsExactly("强化组织领导", "化解矛盾纠纷");
    }

    @Test
    void moveUpAndDownStayWithinTheSiblings() {
        assertThat(model.moveUp(List.of(0, 0))).isFalse();
        assertThat(model.moveDown(List.of(0, 1))).isFalse();

        assertThat(model.moveDown(List.of(0, 0))).isTrue();
        assertThat(headings(fixture.reload().sections().get(0).children())).containsExactly("化解矛盾纠纷", "强化组织领导");
    }

    @Test
    void aSectionDroppedIntoItsOwnSubtreeIsRefusedWithTheReason() {
        assertThat(model.drop(List.of(0), List.of(0, 1), OutlineModel.Drop.INSIDE)).isFalse();

        assertThat(fixture.session.statusProperty().get()).isEqualTo(SessionFixture.MESSAGES.get("error.intoItself"));
        assertThat(headings(fixture.reload().sections())).hasSize(3);
    }

    @Test
    void aDropBeforeATargetPutsTheSectionAtItsLevel() {
        assertThat(model.drop(List.of(2, 0), List.of(0, 1), OutlineModel.Drop.BEFORE)).isTrue();

        assertThat(headings(fixture.reload().sections().get(0).children()))
                .containsExactly("强化组织领导", "深化依法行政", "化解矛盾纠纷");
        assertThat(fixture.reload().sections().get(2).children()).isEmpty();
    }

    private static List<String> headings(List<Section> sections) {
        return sections.stream().map(Section::heading).toList();
    }
}
