package dev.ecrkit.lifecycle;

/** What a lifecycle policy does to one image in a simulation; {@link #toString()} returns the wire value. */
public enum SimulatedAction {
    /** A rule with action expire deletes it. */
    EXPIRE("expire"),
    /** A rule with action transition moves it to the archive storage class. */
    TRANSITION("transition"),
    /** No rule acts on it. */
    KEEP("keep");

    private final String wire;

    SimulatedAction(String wire) {
        this.wire = wire;
    }

    /** The action a rule's {@code action.type} performs. */
    static SimulatedAction of(ActionType type) {
        return type == ActionType.TRANSITION ? TRANSITION : EXPIRE;
    }

    /** The wire value, for example {@code "expire"}. */
    @Override
    public String toString() {
        return wire;
    }
}
