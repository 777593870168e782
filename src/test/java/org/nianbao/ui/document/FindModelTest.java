package org.nianbao.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.ui.session.SessionFixture;

/** Find's order without a window: headings before their bodies, document order, round to the start. */
class FindModelTest {

    @TempDir
    Path folder;
    private SessionFixture fixture;
    private FindModel find;

    @BeforeEach
    void open() {
        fixture = new SessionFixture(folder);
        find = new FindModel(fixture.session);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aHeadingComesBeforeItsBodyAndFindWrapsRoundToTheFirstMatch() {
        FindModel.Hit first = find.next("法治政府建设", "", FindModel.HEADING, 0).orElseThrow();
        List<FindModel.Hit> hits = new ArrayList<>(List.of(first));
        FindModel.Hit at = first;
        for (int i = 0; i < 3; i++) {
            at = find.next("法治政府建设", at.place(), at.paragraph(), at.end()).orElseThrow();
            hits.add(at);
        }

        // 一、's heading, （一）'s body, 二、's body, then round to 一、's heading again
        assertThat(hits).extracting(FindModel.Hit::paragraph).containsExactly(FindModel.HEADING, 0, 0, FindModel.HEADING);
        assertThat(hits.get(3)).isEqualTo(first);
        assertThat(hits.get(1).place()).isNotEqualTo(first.place());
        assertThat(first.end() - first.start()).isEqualTo("法治政府建设".length());
    }

    @Test
    void theNextMatchInTheSameParagraphStartsAfterTheLastOne() {
        FindModel.Hit first = find.next("审结", "", FindModel.HEADING, 0).orElseThrow();
        FindModel.Hit second = find.next("审结", first.place(), first.paragraph(), first.end()).orElseThrow();

        assertThat(second.place()).isEqualTo(first.place());
        assertThat(first.start()).isEqualTo("全年受理行政复议案件40件，".length());
        assertThat(second.start()).isEqualTo("全年受理行政复议案件40件，审结36件，".length());
    }

    @Test
    void textThatOccursNowhereOrNothingTypedFindsNothing() {
        assertThat(find.next("行政诉讼", "", FindModel.HEADING, 0)).isEmpty();
        assertThat(find.next("", "", FindModel.HEADING, 0)).isEmpty();
    }
}
