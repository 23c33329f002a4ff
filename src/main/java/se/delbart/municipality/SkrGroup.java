package se.delbart.municipality;

/**
 * SKR's municipal groups (kommungruppsindelning 2023): A = large cities and nearby municipalities,
 * B = larger towns and nearby municipalities, C = smaller towns/urban areas and rural municipalities.
 */
public enum SkrGroup {
    A1("Storstäder"),
    A2("Pendlingskommun nära storstad"),
    B3("Större stad"),
    B4("Pendlingskommun nära större stad"),
    B5("Lågpendlingskommun nära större stad"),
    C6("Mindre stad/tätort"),
    C7("Pendlingskommun nära mindre tätort"),
    C8("Landsbygdskommun"),
    C9("Landsbygdskommun med besöksnäring");

    private final String swedishName;

    SkrGroup(String swedishName) {
        this.swedishName = swedishName;
    }

    public String swedishName() {
        return swedishName;
    }

    public static boolean isCode(String code) {
        for (SkrGroup group : values()) {
            if (group.name().equals(code)) {
                return true;
            }
        }
        return false;
    }
}
