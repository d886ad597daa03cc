/// Placeholder until the mesh model lands.
package enum MeshtopModelPlaceholder {}
