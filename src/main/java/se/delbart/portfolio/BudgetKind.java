package se.delbart.portfolio;

/**
 * Which budget an initiative draws on: operations and system maintenance (drift och systemförvaltning) or
 * innovation and business development (utveckling). The study's recommendation 2 keeps them apart.
 */
public enum BudgetKind {
    DRIFT, UTVECKLING
}
