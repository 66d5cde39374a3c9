#include "PasswordHasher.h"

#include <sodium.h>

namespace armcpg {

namespace {
// Interactive limits: about a tenth of a second and 64 MiB per login on this class of machine.
const unsigned long long kOps = crypto_pwhash_OPSLIMIT_INTERACTIVE;
const size_t kMem = crypto_pwhash_MEMLIMIT_INTERACTIVE;

bool ready()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}
} // namespace

QString PasswordHasher::hash(const QString& password)
{
    if (!ready())
        return {};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), size_t(utf8.size()), kOps, kMem, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& hash, const QString& password)
{
    if (!ready() || hash.isEmpty())
        return false;
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), size_t(utf8.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString& hash)
{
    const QByteArray stored = hash.toLatin1();
    return !ready() || crypto_pwhash_str_needs_rehash(stored.constData(), kOps, kMem) != 0;
}

} // namespace armcpg
