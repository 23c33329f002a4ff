package se.delbart.portfolio;

import java.util.List;
import java.util.UUID;
import java.util.ArrayList;


/**
 * What analysts see of all portfolios together, only where at least {@code minMunicipalities} municipalities
 * contribute: per national solution how often it is proposed, prioritised, deferred or rejected, with mean values and
 * adaptation, by ideal type and SKR group ("where national initiatives lose locally, and why"); and local solutions
 * that win over a national alternative for the same need.
 */
public record NationalPortfolioView(List<SolutionRow> nationalSolutions, List<LocalWin> localWins,
        int minMunicipalities) {

    /** One group of municipalities' initiatives on a solution; means are over those that were assessed. */
    public record Group(String key, int municipalities, int proposed, int prioritised, int deferred, int rejected,
            Double meanLevel1, Double meanLevel2, Double meanAdaptationDays) {
    }

    public record SolutionRow(UUID solutionId, String name, Group all, List<Group> byIdealType,
            List<Group> bySkrGroup, int hiddenGroups) {

        /** All municipalities, then each ideal type, then each SKR group shown. */
        public List<Group> rows() {
            List<Group> rows = new ArrayList<>();
            rows.add(all);
            rows.addAll(byIdealType);
            rows.addAll(bySkrGroup);
            return rows;
        }
    }

    /** A local (or joint) solution prioritised where a national alternative for the same need was not. */
    public record LocalWin(UUID solutionId, String name, int municipalities, List<String> nationalAlternatives) {
    }
}
