package org.nianbao.ui.document;

/** One paragraph of the document view: what it is and its text. */
public record DocParagraph(Block block, String text) {
}
