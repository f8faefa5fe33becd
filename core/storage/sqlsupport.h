#pragma once

#include "model/fixed.h"
#include "model/result.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QVariant>
#include <QtSql/QSqlError>

#include <optional>

class QSqlQuery;

namespace parindex::sql {

// A name (table, column, role, database) quoted for SQL, "a""b", as both engines read it; and a list of them.
QByteArray identifier(const QString &name);
QByteArray columnList(const QStringList &columns);

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

// The first 100 bytes of an SQLite file, read without opening it as a database, so that a file that is not
// ours is refused before SQLite could write a byte of it (no -wal or -shm appears beside it either).
struct FileHeader
{
    bool isSqlite = false;
    qint32 applicationId = 0;
    qint32 userVersion = 0;
    // The length the header gives (page size x page count), 0 when the header's count is not valid.
    qint64 declaredBytes = 0;
};
std::optional<FileHeader> readHeader(const QString &path);

// A failed statement as a message a person understands, with the kind the callers map to exit codes.
Error toError(const QSqlError &error, const QString &path);
Error queryError(const QSqlQuery &query, const QString &path);

// Hex SHA-256 (first 32 characters) of length-prefixed fields: the seal a row carries so that `check`
// can tell an edit made outside the program.
QString seal(const QStringList &fields);
QString chainHash(const QStringList &fields);
// The seal of a score row: the same bytes as seal({"score", criterionId, unitId, self, appraised, na, note}),
// built in one buffer from the integers, because an import seals 400,000 rows. Writes 32 ASCII characters.
void scoreSeal(char out[32], qint64 criterionId, qint64 unitId, const std::optional<qint64> &self,
    const std::optional<qint64> &appraised, bool notApplicable, QStringView note);
QString scoreSeal(qint64 criterionId, qint64 unitId, const std::optional<qint64> &self,
    const std::optional<qint64> &appraised, bool notApplicable, QStringView note);
// The same seal as the 16 bytes its 32 hex digits stand for (what a read compares and adds to a SealSet), and
// those digits.
void scoreSealBytes(unsigned char out[16], qint64 criterionId, qint64 unitId, const std::optional<qint64> &self,
    const std::optional<qint64> &appraised, bool notApplicable, QStringView note);
void scoreSealBytes(unsigned char out[16], qint64 criterionId, qint64 unitId, const std::optional<qint64> &self,
    const std::optional<qint64> &appraised, bool notApplicable, QByteArrayView noteUtf8);
void sealHex(char out[32], const unsigned char bytes[16]);

// SHA-256 through OpenSSL (several times faster than QCryptographicHash in Qt 6.4, which matters at 400,000
// rows): the same bytes as QCryptographicHash(Sha256).
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;
    void reset(); // to hash something else with the same context
    void addData(QByteArrayView bytes);
    QByteArray result();
    void result(unsigned char out[32]);

private:
    void *m_context; // EVP_MD_CTX
};

QVariant toVariant(const std::optional<Fixed> &value);
// Text for a NOT NULL column: a null QString would bind as SQL NULL.
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}
std::optional<Fixed> toFixed(const QVariant &value);
QString fixedText(const std::optional<Fixed> &value);

} // namespace parindex::sql
