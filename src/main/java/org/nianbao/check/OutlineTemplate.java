package org.nianbao.check;

import java.util.List;

/**
 * Report outlines the officer can start a report from and check completeness against, as data.
 * A part is present when a level-1 heading holds one of its keywords.
 */
public enum OutlineTemplate {

    /**
     * The five parts the 2019 regulation (《法治政府建设与责任落实督察工作规定》) lists. Part three
     * (the leaders' duties) is often folded into part one: it counts as present when the body
     * mentions 第一责任人, which the checker reports as a note, not a warning. Part five is optional.
     */
    REGULATION("法治政府建设年度报告（五部分）", List.of(
            new Part("上一年度推进法治政府建设的主要举措和成效", List.of("举措", "成效", "成绩", "主要工作", "工作情况", "做法"),
                    false, List.of()),
            new Part("上一年度推进法治政府建设存在的不足和原因", List.of("不足", "问题", "困难", "短板"), false, List.of()),
            new Part("上一年度党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况",
                    List.of("第一责任人", "主要负责人", "履行", "履职"), false, List.of("第一责任人")),
            new Part("下一年度推进法治政府建设的主要安排", List.of("安排", "计划", "下一步", "打算", "思路", "下一年"), false,
                    List.of()),
            new Part("其他需要报告的情况", List.of("其他", "其它"), true, List.of()))),

    /** The common three-part outline: results, problems, next steps. */
    THREE_PARTS("法治政府建设年度报告（三部分）", List.of(
            new Part("法治政府建设主要成效", List.of("举措", "成效", "成绩", "主要工作", "工作情况", "做法"), false, List.of()),
            new Part("存在问题和不足", List.of("不足", "问题", "困难", "短板"), false, List.of()),
            new Part("下一步工作计划", List.of("安排", "计划", "下一步", "打算", "思路", "下一年"), false, List.of())));

    /**
     * One part of an outline.
     *
     * @param heading        the heading a new report starts with
     * @param keywords       words of a heading that make it this part
     * @param optional       no warning when absent
     * @param foldedKeywords words in the body that show the part's content is there without a heading
     */
    public record Part(String heading, List<String> keywords, boolean optional, List<String> foldedKeywords) {
        public Part {
            keywords = List.copyOf(keywords);
            foldedKeywords = List.copyOf(foldedKeywords);
        }

        public boolean matches(String heading) {
            return keywords.stream().anyMatch(heading::contains);
        }
    }

    private final String title;
    private final List<Part> parts;

    OutlineTemplate(String title, List<Part> parts) {
        this.title = title;
        this.parts = parts;
    }

    /** The name the UI offers. */
    public String title() {
        return title;
    }

    public List<Part> parts() {
        return parts;
    }
}
