package se.delbart.catalog;

/** The competence an adopting municipality needs, from least to most. */
public enum CompetenceNeeded {
    NONE, BASIC_IT, IT_DEPARTMENT, DEVELOPERS
}
