package se.delbart.portfolio;

/**
 * What is valued, and at which level. Level 1 holds the department's operational criteria ("Den operationella
 * kommunen": effektivitet, minskad administration, förbättrad service, plus work environment); level 2 the
 * municipality's ("Den strategiska kommunen": strategic goals and invånarnytta; and the system-wide values a
 * department view misses: interoperability, standards and shared infrastructure, scalability, reach).
 */
public enum Criterion {
    TIME_SAVED(1), LESS_ADMIN(1), SERVICE_QUALITY(1), WORK_ENVIRONMENT(1),
    GOALS(2), CITIZEN(2), INTEROPERABILITY(2), STANDARDS(2), SCALABILITY(2), REACH(2);

    private final int level;

    Criterion(int level) {
        this.level = level;
    }

    public int level() {
        return level;
    }

    public static final int MAX_SCORE = 4;
}
