package org.nianbao.export;

/**
 * One block of the official document, in the order GB/T 9704 sets them: header block (版头), title,
 * main text, closing (附件说明, 署名, 成文日期), attachments, end block (版记). Each block gets what it
 * prints when it is made and writes it, by style, into the body; a block never calls another one,
 * and what two blocks share (a centred title, a blank line) is the body writer's.
 */
interface DocumentBlock {

    void write(BodyWriter body);
}
