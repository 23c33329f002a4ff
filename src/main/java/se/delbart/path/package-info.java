/**
 * Implementation paths: the step-by-step path a publisher writes for its solution, the checklist each adopting
 * municipality ticks off against it, and adopters' proposals that bring stated effort closer to reported effort.
 */
package se.delbart.path;
