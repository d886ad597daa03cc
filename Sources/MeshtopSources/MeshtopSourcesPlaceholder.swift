/// Placeholder until sources land.
package enum MeshtopSourcesPlaceholder {}
