/**
 * Providers: organisations that offer hosting, support, training, implementation help or development for a solution,
 * suggested by any municipality's staff and confirmed by the publisher; {@link se.delbart.provider.ProviderOffers} is
 * the module's API, {@link se.delbart.provider.ProviderOffers#confirmedServiceOffers} its query for other modules.
 */
package se.delbart.provider;
