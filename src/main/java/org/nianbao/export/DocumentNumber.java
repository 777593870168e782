package org.nianbao.export;

import org.nianbao.text.PrintedText;

/** 发文字号 as GB/T 9704 prescribes: see {@link PrintedText#documentNumber(String)}, shared with the layout. */
final class DocumentNumber {

    private DocumentNumber() {
    }

    static String normalize(String number) {
        return PrintedText.documentNumber(number);
    }
}
