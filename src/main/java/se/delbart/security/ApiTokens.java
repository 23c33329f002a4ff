package se.delbart.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface ApiTokens extends Repository<ApiToken, UUID> {

    ApiToken save(ApiToken token);

    @Query("select t from ApiToken t join fetch t.user where t.tokenHash = :hash")
    Optional<ApiToken> findByTokenHash(@Param("hash") String hash);

    @Query("select t from ApiToken t where t.id = :id and t.user.username = :username")
    Optional<ApiToken> findOwned(@Param("id") UUID id, @Param("username") String username);

    @Query("select t from ApiToken t where t.user.username = :username order by t.createdAt desc")
    List<ApiToken> findAllOwnedBy(@Param("username") String username);

    /** Records use at most once per minute per token, so busy clients do not turn every read into a write. */
    @Modifying
    @Query("""
            update ApiToken t set t.lastUsedAt = :now
            where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :staleBefore)""")
    int touch(@Param("id") UUID id, @Param("now") Instant now, @Param("staleBefore") Instant staleBefore);

    /** Revokes every unrevoked token of one account, e.g. when its password is reset. */
    @Modifying(flushAutomatically = true)
    @Query("update ApiToken t set t.revokedAt = :now where t.user.id = :userId and t.revokedAt is null")
    int revokeAllOf(@Param("userId") Long userId, @Param("now") Instant now);
}
