package org.nianbao.collect;

/** A problem in a returned form: which department, where (sheet and cell) and what to do. */
public record FormProblem(String department, String sheet, String cell, String message) {

    @Override
    public String toString() {
        return department + "　" + sheet + (cell.isEmpty() ? "" : "!" + cell) + "：" + message;
    }
}
