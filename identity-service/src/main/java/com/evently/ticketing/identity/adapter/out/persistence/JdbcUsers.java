package com.evently.ticketing.identity.adapter.out.persistence;

import com.evently.ticketing.identity.application.port.out.Users;
import com.evently.ticketing.identity.domain.EmailAddress;
import com.evently.ticketing.identity.domain.EmailAlreadyRegisteredException;
import com.evently.ticketing.identity.domain.PasswordHash;
import com.evently.ticketing.identity.domain.PersonName;
import com.evently.ticketing.identity.domain.Role;
import com.evently.ticketing.identity.domain.User;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@Repository
class JdbcUsers implements Users {

    private static final String SELECT_USER = """
            SELECT u.id, u.email, u.name, u.password_hash, u.registered_at,
                   ARRAY(SELECT r.role FROM user_roles r WHERE r.user_id = u.id) AS roles
            FROM users u
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
                        INSERT INTO users (id, email, name, password_hash, registered_at)
                        VALUES (:id, :email, :name, :passwordHash, :registeredAt)
                        ON CONFLICT ((lower(email))) DO NOTHING
                        """)
                .param("id", user.id())
                .param("email", user.email().value())
                .param("name", user.name().value())
                .param("passwordHash", user.passwordHash().encoded())
                .param("registeredAt", Timestamp.from(user.registeredAt()))
                .update();
        if (inserted == 0) {
            throw new EmailAlreadyRegisteredException(user.email());
        }
        grantRoles(user.id(), user.roles());
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
    public void grantRoles(UUID userId, Set<Role> roles) {
        for (Role role : roles) {
            // a role granted concurrently by another replica is not an error
            jdbc.sql("INSERT INTO user_roles (user_id, role) VALUES (:userId, :role) ON CONFLICT DO NOTHING")
                    .param("userId", userId)
                    .param("role", role.name())
                    .update();
        }
    }

    private static User user(ResultSet row, int rowNumber) throws SQLException {
        return new User(
                row.getObject("id", UUID.class),
                new EmailAddress(row.getString("email")),
                new PersonName(row.getString("name")),
                new PasswordHash(row.getString("password_hash")),
                roles(row.getArray("roles")),
                row.getTimestamp("registered_at").toInstant());
    }

    private static Set<Role> roles(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(Role::valueOf).collect(Collectors.toSet());
    }
}
