package se.delbart.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A Swedish municipality (kommun). Reference data: loaded by migration, read-only in the application. */
@Entity
@Table(name = "municipality")
public class Municipality {

    @Id
    @Column(name = "kommunkod", length = 4)
    @JdbcTypeCode(SqlTypes.CHAR) // CHAR(4) in V1: without this, ddl-auto=validate expects VARCHAR and refuses to start
    private String kommunkod;

    private String name;

    @Column(name = "county_code", length = 2)
    @JdbcTypeCode(SqlTypes.CHAR)
    private String countyCode;

    @Column(name = "county_name")
    private String countyName;

    private int population;

    @Column(name = "population_year")
    private int populationYear;

    @Column(name = "skr_group_code")
    private String skrGroupCode;

    @Column(name = "skr_group_name")
    private String skrGroupName;

    protected Municipality() {
    }

    public String kommunkod() {
        return kommunkod;
    }

    public String name() {
        return name;
    }

    public String countyCode() {
        return countyCode;
    }

    public String countyName() {
        return countyName;
    }

    public int population() {
        return population;
    }

    public int populationYear() {
        return populationYear;
    }

    public SkrGroup skrGroup() {
        return SkrGroup.valueOf(skrGroupCode);
    }

    public String skrGroupName() {
        return skrGroupName;
    }
}
