package se.delbart.profile;

/** Who may read a municipality's profile and needs (its own staff and ADMIN always may). */
public enum Visibility {
    PUBLIC, LOGGED_IN, PRIVATE
}
