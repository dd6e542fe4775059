#include "sha256.h"

#ifdef EVOVOICE_HAVE_OPENSSL
#include <openssl/evp.h>
#else
#include <QCryptographicHash>
#endif

#ifdef EVOVOICE_HAVE_OPENSSL
struct Sha256::State
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~State() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256()
    : m_state(std::make_unique<State>())
{
    reset();
}

void Sha256::reset()
{
    // Fetched once: OpenSSL 3 looks EVP_sha256() up in its provider on every init otherwise
    // (some 15 microseconds a file here).
    static EVP_MD *const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    EVP_DigestInit_ex(m_state->ctx, sha256 ? sha256 : EVP_sha256(), nullptr);
}

void Sha256::addData(QByteArrayView data)
{
    if (!data.isEmpty())
        EVP_DigestUpdate(m_state->ctx, data.data(), size_t(data.size()));
}

QByteArray Sha256::resultHex() const
{
    EVP_MD_CTX *copy = EVP_MD_CTX_new();
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    const bool ok = copy && EVP_MD_CTX_copy_ex(copy, m_state->ctx) && EVP_DigestFinal_ex(copy, digest, &length);
    EVP_MD_CTX_free(copy);
    if (!ok)
        return {};
    return QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
}

bool Sha256::usesOpenSsl() { return true; }
#else
struct Sha256::State
{
    QCryptographicHash hash{QCryptographicHash::Sha256};
};

Sha256::Sha256()
    : m_state(std::make_unique<State>())
{
}

void Sha256::reset() { m_state->hash.reset(); }
void Sha256::addData(QByteArrayView data) { m_state->hash.addData(data); }
QByteArray Sha256::resultHex() const { return m_state->hash.result().toHex(); }
bool Sha256::usesOpenSsl() { return false; }
#endif

Sha256::~Sha256() = default;

QByteArray Sha256::hashHex(QByteArrayView data)
{
    Sha256 h;
    h.addData(data);
    return h.resultHex();
}
