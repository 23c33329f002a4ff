package se.delbart.municipality;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The municipality registry. Read-only: the facts come from migrations. */
public interface Municipalities extends Repository<Municipality, String> {

    Optional<Municipality> findById(String kommunkod);

    boolean existsById(String kommunkod);

    List<Municipality> findAllByOrderByNameAsc();

    List<Municipality> findAllByKommunkodIn(java.util.Collection<String> kommunkoder);

    long count();

    /** Filters are optional: null means "any". The name matches case-insensitively anywhere in the name. */
    @Query("""
            select m from Municipality m
            where (:name is null or lower(m.name) like lower(concat('%', cast(:name as string), '%')))
              and (:county is null or m.countyCode = :county)
              and (:group is null or m.skrGroupCode = :group)
            """)
    Page<Municipality> search(@Param("name") String name, @Param("county") String county,
            @Param("group") String group, Pageable pageable);

    @Query("select distinct new se.delbart.municipality.County(m.countyCode, m.countyName) from Municipality m order by m.countyCode")
    List<County> counties();
}
