#pragma once

#include <QString>

namespace armcpg {

// Argon2id password hashes from libsodium (crypto_pwhash_str): salt and parameters travel inside the string,
// so hashes made on a laptop verify at the centre and parameters can be raised later (needsRehash).
class PasswordHasher
{
public:
    static QString hash(const QString& password); // empty on failure (out of memory)
    static bool verify(const QString& hash, const QString& password);
    static bool needsRehash(const QString& hash);
};

} // namespace armcpg
