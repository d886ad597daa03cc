/// Placeholder until the terminal backend lands.
package enum MeshtopTerminalPlaceholder {}
