package se.delbart.catalog;

public enum SolutionType {
    SOFTWARE, INTEGRATION, PROCESS, TEMPLATE, AI_MODEL, SERVICE_AGREEMENT
}
