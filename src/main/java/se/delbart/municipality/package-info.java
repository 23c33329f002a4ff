/** Sweden's 290 municipalities: kommunkod, county, population and SKR municipal group. */
package se.delbart.municipality;
