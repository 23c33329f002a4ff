/** The solution catalogue: the Solution aggregate with its fit, effort and benefit, its lifecycle and history. */
package se.delbart.catalog;
