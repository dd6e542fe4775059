#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

// SHA-256 for the export's files and manifest: OpenSSL's libcrypto when the build found it (it
// uses the CPU's SHA instructions: ~1.4 GB/s here against ~100 MB/s for Qt 6.4's own code, which
// made hashing the largest cost of `files download`), else QCryptographicHash. Same digests.
class Sha256 final
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void reset();
    void addData(QByteArrayView data);
    QByteArray resultHex() const;  // of everything added so far; more may be added after

    static QByteArray hashHex(QByteArrayView data);
    static bool usesOpenSsl();

private:
    struct State;
    std::unique_ptr<State> m_state;
};
