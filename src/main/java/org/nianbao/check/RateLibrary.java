package org.nianbao.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.nianbao.check.RateDefinition.Form;
import org.nianbao.check.RateDefinition.Term;

/** The common rates of the report (DOMAIN.md) with their usual numerator and denominator words. */
public final class RateLibrary {

    private static final Term SAT = Term.of("参考", "参考", "参加考试", "实考", "考试");
    private static final Term CONCLUDED = Term.of("审结", "审结", "办结", "结案", "作出决定", "作出复议决定");

    private static final List<RateDefinition> ALL = List.of(
            rate("通过率", List.of("考试通过率", "通过率"),
                    form(List.of(Term.of("合格", "合格", "通过", "考试合格", "考试通过")), List.of(SAT)),
                    List.of("应参考", "应考", "应参加", "不合格", "未通过"), true, false, "通过人数÷参考人数"),
            rate("合格率", List.of("考试合格率", "抽检合格率", "合格率"),
                    form(List.of(Term.of("合格", "合格", "考试合格")),
                            List.of(Term.of("参考", "参考", "参加考试", "考试", "抽检", "检测", "检验", "抽查"))),
                    List.of("应参考", "应考", "不合格"), true, false, "合格数÷参考（抽检）数"),
            rate("参考率", List.of("参考率", "参考人数比例"),
                    form(List.of(Term.of("参考", "参考", "参加考试", "实考")),
                            List.of(Term.of("应参考", "应参考", "应考", "应参加考试", "应参加"))),
                    List.of(), true, false, "参考人数÷应参考人数"),
            // of an exam (优秀人数÷参考人数) or of case files reviewed (优秀案卷÷评查案卷)
            rate("优秀率", List.of("优秀率"),
                    List.of(form(List.of(Term.of("优秀", "优秀")), List.of(SAT)),
                            form(List.of(Term.of("优秀", "优秀")), List.of(Term.of("评查", "评查", "抽查", "抽评")))),
                    List.of("应参考", "应考"), true, false, "优秀人数÷参考人数（案卷：优秀案卷数÷评查案卷数）"),
            rate("调解成功率", List.of("调解成功率", "调处成功率", "成功率"),
                    form(List.of(Term.of("调解成功", "调解成功", "成功调解", "调处成功")),
                            List.of(Term.of("调解", "调解", "调处"))),
                    List.of("未调解成功", "调解不成功"), true, false, "调解成功件数÷调解件数"),
            rate("办结率", List.of("按期办结率", "办结率"),
                    form(List.of(Term.of("办结", "办结", "已办结")),
                            List.of(Term.of("受理", "受理", "接收", "收到", "接到", "登记"))),
                    List.of("未办结"), true, false, "办结数÷受理数"),
            rate("审结率", List.of("审结率"),
                    form(List.of(Term.of("审结", "审结", "已审结")), List.of(Term.of("受理", "受理", "立案"))),
                    List.of("未审结"), true, false, "审结数÷受理数（不是÷办理数）"),
            rate("维持率", List.of("维持率"),
                    form(List.of(Term.of("维持", "维持"), Term.of("驳回", "驳回").asOptional()), List.of(CONCLUDED)),
                    List.of(), true, false, "（维持数+驳回数）÷审结数"),
            rate("纠错率", List.of("直接纠错率", "纠错率"),
                    List.of(form(List.of(Term.of("纠错", "纠错", "纠正")), List.of(CONCLUDED)),
                            form(List.of(Term.of("撤销", "撤销").asOptional(), Term.of("变更", "变更").asOptional(),
                                            Term.of("确认违法", "确认违法").asOptional(),
                                            Term.of("责令履行", "责令履行").asOptional()),
                                    List.of(CONCLUDED))),
                    List.of(), true, false, "（撤销+变更+确认违法+责令履行）÷审结数"),
            // Received cases may be written as a total that includes last year's (收案186件，其中旧存14件)
            // or as this year's new cases alone (新收172件): the carried-over count is subtracted only
            // from a total, never from the new cases.
            rate("结收比", List.of("结收比"),
                    List.of(form(List.of(Term.of("结案", "结案", "审结", "执结")),
                                    List.of(Term.of("收案", "收案", "受理", "收到"),
                                            Term.of("旧存", "旧存", "上年结转", "结转", "上年未结").asNegative()
                                                    .asOptional())),
                            form(List.of(Term.of("结案", "结案", "审结", "执结")),
                                    List.of(Term.of("新收", "新收", "新受理", "新收案", "本年受理")))),
                    List.of(), false, false, "结案数÷（收案数−旧存数）"),
            rate("败诉率", List.of("败诉率"),
                    form(List.of(Term.of("败诉", "败诉")), List.of(Term.of("审结", "审结", "结案", "判决"))),
                    List.of(), true, true, "败诉数÷审结数（是否计入撤诉案件，各地口径不同）"),
            rate("胜诉率", List.of("胜诉率"),
                    List.of(form(List.of(Term.of("胜诉", "胜诉")), List.of(Term.of("审结", "审结", "结案"))),
                            form(List.of(Term.of("胜诉", "胜诉")), List.of(Term.of("审结", "审结", "结案"),
                                    Term.of("撤诉", "撤诉").asNegative()))),
                    List.of(), true, true, "胜诉数÷审结数（是否计入撤诉案件，各地口径不同）"),
            rate("出庭应诉率", List.of("负责人出庭应诉率", "出庭应诉率", "出庭率"),
                    form(List.of(Term.of("出庭", "出庭", "出庭应诉")),
                            List.of(Term.of("开庭", "开庭", "开庭审理", "庭审", "审理"))),
                    List.of("未出庭"), true, false, "负责人出庭应诉案件数÷开庭审理案件数"),
            rate("报备率", List.of("报备及时率", "备案及时率", "报备率", "备案率"),
                    form(List.of(Term.of("报备", "报备", "备案", "及时报备", "按时报备")),
                            List.of(Term.of("制发", "制发", "出台", "印发", "发布", "制定"))),
                    List.of("未报备"), true, false, "报备（及时报备）件数÷制发件数"),
            rate("网上可办率", List.of("全流程网办率", "网上可办率", "网办率"),
                    form(List.of(Term.of("网上可办", "网上可办", "网上办理", "网办", "全流程网办", "可网上办理")),
                            List.of(Term.of("事项", "事项", "政务服务事项", "事项总数", "全部事项"))),
                    List.of(), true, false, "网上可办事项数÷全部政务服务事项数"));

    private RateLibrary() {
    }

    /** Every definition, in the order above. */
    public static List<RateDefinition> definitions() {
        return ALL;
    }

    /**
     * Words that, right before a rate's name, make it another rate: 直接办结率 counts the cases closed
     * without referral, 按时办结率 those closed in time; neither is 办结÷受理.
     */
    private static final List<String> QUALIFIERS = List.of("直接", "按时", "及时", "综合", "一次性", "当场", "现场",
            "自行", "首次", "实际", "有效", "平均");

    /**
     * Aliases that name the rate only when written alone: "调解成功1218.2万件，成功率69.79%" is the
     * mediation's success, "申请执行成功率" is not.
     */
    private static final java.util.Set<String> BARE = java.util.Set.of("成功率");

    /**
     * The definition whose name or alias ends a rate phrase ("全年信访办结率" → 办结率); none when a
     * qualifier stands right before the name ("直接办结率": another rate, inferred if at all).
     */
    public static Optional<RateDefinition> find(String phrase) {
        RateDefinition best = null;
        int bestLength = 0;
        for (RateDefinition d : ALL) {
            for (String alias : d.aliases()) {
                boolean names = BARE.contains(alias) ? phrase.equals(alias) : phrase.endsWith(alias);
                if (names && alias.length() > bestLength) {
                    best = d;
                    bestLength = alias.length();
                }
            }
        }
        if (best != null) {
            String prefix = phrase.substring(0, phrase.length() - bestLength);
            if (QUALIFIERS.stream().anyMatch(prefix::endsWith)) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every keyword of a definition, longest first, for finding the word nearest a count. */
    static List<String> keywords(RateDefinition d) {
        List<String> all = new ArrayList<>(d.exclude());
        for (Form f : d.forms()) {
            f.numerator().forEach(t -> all.addAll(t.keywords()));
            f.denominator().forEach(t -> all.addAll(t.keywords()));
        }
        return all.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    private static RateDefinition rate(String name, List<String> aliases, Form form, List<String> exclude,
                                       boolean bounded, boolean dependent, String description) {
        return rate(name, aliases, List.of(form), exclude, bounded, dependent, description);
    }

    private static RateDefinition rate(String name, List<String> aliases, List<Form> forms,
                                       List<String> exclude, boolean bounded, boolean dependent,
                                       String description) {
        return new RateDefinition(name, aliases, forms, exclude, bounded, dependent, description);
    }

    private static Form form(List<Term> numerator, List<Term> denominator) {
        return new Form(numerator, denominator);
    }
}
