package com.evently.ticketing.identity.adapter.out.persistence;

import com.evently.ticketing.identity.application.port.out.Users;
import com.evently.ticketing.identity.domain.EmailAddress;
import com.evently.ticketing.identity.domain.EmailTakenConflict;
import com.evently.ticketing.identity.domain.Language;
import com.evently.ticketing.identity.domain.PasswordHash;
import com.evently.ticketing.identity.domain.PersonName;
import com.evently.ticketing.identity.domain.User;
import com.evently.ticketing.identity.domain.UserPage;
import com.evently.ticketing.identity.domain.UserSearch;
import com.evently.ticketing.platform.domain.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@Repository
class JdbcUsers implements Users {

    private static final String SELECT_USER = """
            SELECT u.id, u.email, u.name, u.language, u.password_hash, u.enabled, u.registered_at,
                   ARRAY(SELECT r.role FROM user_roles r WHERE r.user_id = u.id) AS roles
            FROM users u
            """;

    // Each criterion is either unset (NULL) or must match. Patterns are ILIKE patterns with the user's
    // wildcards escaped, so searching for "a_b" finds "a_b", not "axb".
    private static final String SEARCH_CRITERIA = """
            WHERE (CAST(:text AS text) IS NULL OR u.email ILIKE :text OR u.name ILIKE :text)
              AND (CAST(:email AS text) IS NULL OR u.email ILIKE :email)
              AND (CAST(:name AS text) IS NULL OR u.name ILIKE :name)
              AND (CAST(:role AS text) IS NULL
                   OR EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = :role))
            """;

    private final JdbcClient jdbc;

    JdbcUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(User user) {
        // Relies on the unique index on lower(email): of two concurrent registrations one inserts, the other
        // inserts nothing and learns the address is taken, without a failed statement spoiling its transaction.
        int inserted = jdbc.sql("""
                        INSERT INTO users (id, email, name, language, password_hash, enabled, registered_at)
                        VALUES (:id, :email, :name, :language, :passwordHash, :enabled, :registeredAt)
                        ON CONFLICT ((lower(email))) DO NOTHING
                        """)
                .param("id", user.id())
                .param("email", user.email().value())
                .param("name", user.name().value())
                .param("language", user.language().code())
                .param("passwordHash", user.passwordHash().encoded())
                .param("enabled", user.enabled())
                .param("registeredAt", Timestamp.from(user.registeredAt()))
                .update();
        if (inserted == 0) {
            throw new EmailTakenConflict(user.email());
        }
        grantRoles(user.id(), user.roles());
    }

    @Override
    public boolean anyHasRole(Role role) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM user_roles WHERE role = :role)")
                .param("role", role.name())
                .query(Boolean.class)
                .single();
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        // the same expression as the unique index, so the lookup uses it
        return jdbc.sql(SELECT_USER + "WHERE lower(u.email) = lower(:email)")
                .param("email", email.value())
                .query(JdbcUsers::user)
                .optional();
    }

    @Override
    public Optional<User> findById(UUID id) {
        return jdbc.sql(SELECT_USER + "WHERE u.id = :id")
                .param("id", id)
                .query(JdbcUsers::user)
                .optional();
    }

    @Override
    public Optional<User> lockById(UUID id) {
        // the users row is the lock for the whole account, roles included
        return jdbc.sql(SELECT_USER + "WHERE u.id = :id FOR UPDATE OF u")
                .param("id", id)
                .query(JdbcUsers::user)
                .optional();
    }

    @Override
    public void update(User user) {
        try {
            jdbc.sql("""
                            UPDATE users SET email = :email, name = :name, language = :language,
                                             password_hash = :passwordHash, enabled = :enabled
                            WHERE id = :id
                            """)
                    .param("id", user.id())
                    .param("email", user.email().value())
                    .param("name", user.name().value())
                    .param("language", user.language().code())
                    .param("passwordHash", user.passwordHash().encoded())
                    .param("enabled", user.enabled())
                    .update();
        } catch (DuplicateKeyException addressTaken) {
            // the unique index on lower(email) decides, so two accounts cannot race to the same address
            throw new EmailTakenConflict(user.email());
        }
        // replaced as a whole: callers hold the account's lock (lockById), so nobody sees it half-written
        jdbc.sql("DELETE FROM user_roles WHERE user_id = :userId").param("userId", user.id()).update();
        grantRoles(user.id(), user.roles());
    }

    private void grantRoles(UUID userId, Set<Role> roles) {
        for (Role role : roles) {
            // a role granted concurrently by another replica is not an error
            jdbc.sql("INSERT INTO user_roles (user_id, role) VALUES (:userId, :role) ON CONFLICT DO NOTHING")
                    .param("userId", userId)
                    .param("role", role.name())
                    .update();
        }
    }

    @Override
    public UserPage search(UserSearch search) {
        List<User> users = jdbc.sql(SELECT_USER + SEARCH_CRITERIA + """
                        ORDER BY u.registered_at DESC, u.id
                        LIMIT :limit OFFSET :offset
                        """)
                .params(criteria(search))
                .param("limit", search.size())
                .param("offset", search.offset())
                .query(JdbcUsers::user)
                .list();
        long total = jdbc.sql("SELECT count(*) FROM users u " + SEARCH_CRITERIA)
                .params(criteria(search))
                .query(Long.class)
                .single();
        return new UserPage(users, total);
    }

    private static Map<String, Object> criteria(UserSearch search) {
        Map<String, Object> criteria = new HashMap<>(); // Map.of refuses the nulls that stand for "unset"
        criteria.put("text", search.text().map(JdbcUsers::containing).orElse(null));
        criteria.put("email", search.email().map(JdbcUsers::containing).orElse(null));
        criteria.put("name", search.name().map(JdbcUsers::containing).orElse(null));
        criteria.put("role", search.role().map(Role::name).orElse(null));
        return criteria;
    }

    /** An ILIKE pattern matching {@code text} anywhere, with LIKE's own wildcards in it taken literally. */
    private static String containing(String text) {
        String literal = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + literal + "%";
    }

    private static User user(ResultSet row, int rowNumber) throws SQLException {
        return new User(
                row.getObject("id", UUID.class),
                new EmailAddress(row.getString("email")),
                new PersonName(row.getString("name")),
                Language.ofCode(row.getString("language")),
                new PasswordHash(row.getString("password_hash")),
                roles(row.getArray("roles")),
                row.getBoolean("enabled"),
                row.getTimestamp("registered_at").toInstant());
    }

    private static Set<Role> roles(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(Role::valueOf).collect(Collectors.toSet());
    }
}
