package org.nianbao.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The whole window on the screen it opens on: the first time, and after a bigger monitor (no FX toolkit). */
class WindowFitTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728); // 1366 × 768 less a 40-px panel
    private static final Rectangle2D DESKTOP = new Rectangle2D(0, 0, 1920, 1040);

    @Test
    void theFirstWindowFitsALaptopScreenAndIs1280By800WhereThereIsRoom() {
        assertThat(WindowPlace.firstSize(LAPTOP)).isEqualTo(new Rectangle2D(0, 0, 1280, 728));
        assertThat(WindowPlace.firstSize(DESKTOP)).isEqualTo(new Rectangle2D(0, 0, 1280, 800));
    }

    @Test
    void aPlaceRememberedOnABiggerMonitorIsMovedAndShrunkOntoTheLaptop() {
        Rectangle2D remembered = new Rectangle2D(320, 93, 1600, 1000);
        Rectangle2D fitted = WindowPlace.fitted(remembered, LAPTOP);
        assertThat(fitted).isEqualTo(new Rectangle2D(0, 0, 1366, 728));

        Rectangle2D halfOff = new Rectangle2D(900, 500, 800, 600);
        assertThat(WindowPlace.fitted(halfOff, LAPTOP)).isEqualTo(new Rectangle2D(566, 128, 800, 600));
    }

    @Test
    void aPlaceThatFitsStaysWhereItWas() {
        Rectangle2D place = new Rectangle2D(40, 30, 1100, 690);
        assertThat(WindowPlace.fitted(place, LAPTOP)).isEqualTo(place);
    }

    @Test
    void aSecondScreenLeftOfThePrimaryKeepsItsNegativeCoordinates() {
        Rectangle2D left = new Rectangle2D(-1920, 0, 1920, 1040);
        assertThat(WindowPlace.fitted(new Rectangle2D(-1800, 100, 1200, 800), left))
                .isEqualTo(new Rectangle2D(-1800, 100, 1200, 800));
    }
}
