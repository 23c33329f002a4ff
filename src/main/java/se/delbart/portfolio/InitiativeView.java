package se.delbart.portfolio;

import java.util.List;

/**
 * An initiative as its municipality's staff read it: the aggregate, the valuation with its formulas, what is known
 * of the adaptation (for a catalogue solution), the advice for this municipality's type, peer municipalities that
 * run the same solution, and what the reader may do.
 */
public record InitiativeView(Initiative initiative, Valuation valuation, String solutionName, String needText,
        AdaptationReference adaptation, List<Advice> advice, List<String> peersRunningIt, boolean mayAssessDepartment,
        boolean mayAssessMunicipality, boolean mayDecide) {

    public InitiativeView {
        advice = List.copyOf(advice);
        peersRunningIt = List.copyOf(peersRunningIt);
    }
}
