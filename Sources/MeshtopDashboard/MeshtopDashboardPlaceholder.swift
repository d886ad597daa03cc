/// Placeholder until the dashboard lands.
package enum MeshtopDashboardPlaceholder {}
