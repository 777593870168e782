package org.nianbao.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nianbao.text.EnumerationMarkers.Item;
import org.nianbao.text.EnumerationMarkers.Marker;

class EnumerationMarkersTest {

    @Test
    void splitsLeadAndItemsWithoutMarkersAndClosingPunctuation() {
        EnumerationMarkers.Enumeration e = EnumerationMarkers.split("主要是：一是力量不足；二是培训不够；三是宣传单一。");
        assertThat(e.lead()).isEqualTo("主要是：");
        assertThat(e.items()).containsExactly(new Item(1, "力量不足"), new Item(2, "培训不够"), new Item(3, "宣传单一"));
    }

    @Test
    void findsMarkersOnlyAtTheStartOrAfterPunctuation() {
        assertThat(EnumerationMarkers.find("标准统一是前提，一是加强；二是完善。"))
                .extracting(Marker::number).containsExactly(1, 2);
    }

    @Test
    void keepsGapsAsWrittenSoACheckCanReportThem() {
        assertThat(EnumerationMarkers.find("一是甲；二是乙；四是丁。")).extracting(Marker::number).containsExactly(1, 2, 4);
    }

    @Test
    void continuesAListWhenTheParagraphOpensWithALaterMarker() {
        assertThat(EnumerationMarkers.split("二是复议能力有待加强。").items()).containsExactly(new Item(2, "复议能力有待加强"));
        assertThat(EnumerationMarkers.split("我们认为，二是重点。").items()).isEmpty();
    }

    @Test
    void hasNoItemsWithoutMarkers() {
        EnumerationMarkers.Enumeration e = EnumerationMarkers.split("全面推进依法行政。");
        assertThat(e.items()).isEmpty();
        assertThat(e.lead()).isEqualTo("全面推进依法行政。");
    }
}
