package org.nianbao.layout;

import java.util.List;

/**
 * One line on a page: its runs and the band of the page it occupies (top and height in points).
 */
public record PlacedLine(double top, double height, List<PlacedRun> runs) {

    public PlacedLine {
        runs = List.copyOf(runs);
    }

    /** The printed text of the line. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (PlacedRun run : runs) {
            sb.append(run.text());
        }
        return sb.toString();
    }
}
