package se.delbart.security;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import se.delbart.shared.Role;

interface UserAccounts extends Repository<UserAccount, Long> {

    UserAccount save(UserAccount account);

    UserAccount saveAndFlush(UserAccount account);

    Optional<UserAccount> findById(Long id);

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    java.util.List<UserAccount> findAllByUsernameIn(java.util.Collection<String> usernames);

    boolean existsByRole(Role role);

    long countByRoleAndEnabledTrue(Role role);

    Page<UserAccount> findAll(Pageable pageable);

    /** Filters are optional: null means "any". */
    @Query("""
            select u from UserAccount u
            where (:role is null or u.role = :role)
              and (:kommunkod is null or u.municipalityCode = cast(:kommunkod as string))""")
    Page<UserAccount> findFiltered(@Param("role") Role role, @Param("kommunkod") String kommunkod, Pageable pageable);

    // The login counters are changed with single statements so that concurrent attempts (also on other instances)
    // neither lose increments nor collide with the optimistic lock of an admin's edit.

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update UserAccount u set u.failedLogins = u.failedLogins + 1 where u.username = :username")
    int incrementFailedLogins(@Param("username") String username);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update UserAccount u set u.failedLogins = 0, u.lockedUntil = :until
            where u.username = :username and u.failedLogins >= :attempts""")
    int lockWhenTooManyFailures(@Param("username") String username, @Param("attempts") int attempts,
            @Param("until") Instant until);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update UserAccount u set u.failedLogins = 0, u.lockedUntil = null
            where u.username = :username and (u.failedLogins > 0 or u.lockedUntil is not null)""")
    int resetFailedLogins(@Param("username") String username);
}
