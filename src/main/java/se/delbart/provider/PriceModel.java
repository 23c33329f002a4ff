package se.delbart.provider;

/** How an offer is priced. */
public enum PriceModel {
    FREE, FIXED_PRICE, HOURLY_RATE, SUBSCRIPTION
}
