// SHA256_Init/Update/Final are deprecated in OpenSSL 3 in favour of EVP, and kept: see scoreSealBytes.
#define OPENSSL_SUPPRESS_DEPRECATED
#include "sqlsupport.h"

#include <sqlite3.h>

#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QVarLengthArray>
#include <QtCore/QtEndian>
#include <QtSql/QSqlQuery>

#include <openssl/evp.h>
#include <openssl/sha.h>

#include <charconv>
#include <cstring>

using namespace Qt::StringLiterals;

namespace parindex::sql {

namespace {
// The first bytes of a file read through SQLite's own file layer (its VFS), never through a descriptor of our
// own: on POSIX, closing any descriptor of a file drops every lock this process holds on it, so a header read
// while a connection (of this process) is open would let another program believe it is alone and delete the
// write-ahead log under that connection (SQLite's "How to corrupt", 2.2). SQLite's file layer knows its open
// files and keeps such a descriptor until the last lock is released.
std::optional<QByteArray> readThroughSqlite(const QString &path, int bytes)
{
    sqlite3_vfs *vfs = sqlite3_vfs_find(nullptr);
    if (!vfs)
        return std::nullopt;
    QByteArray name(vfs->mxPathname + 1, '\0');
    if (vfs->xFullPathname(vfs, QFile::encodeName(path).constData(), vfs->mxPathname + 1, name.data()) != SQLITE_OK)
        return std::nullopt;
    QByteArray storage(vfs->szOsFile, '\0');
    auto *file = reinterpret_cast<sqlite3_file *>(storage.data());
    int outFlags = 0;
    // The name must outlive the open file: SQLite keeps the pointer.
    if (vfs->xOpen(vfs, name.constData(), file, SQLITE_OPEN_READONLY | SQLITE_OPEN_MAIN_DB, &outFlags) != SQLITE_OK) {
        if (file->pMethods)
            file->pMethods->xClose(file);
        return std::nullopt;
    }
    QByteArray head(bytes, '\0');
    const int read = file->pMethods->xRead(file, head.data(), bytes, 0);
    file->pMethods->xClose(file);
    if (read == SQLITE_IOERR_SHORT_READ)
        return QByteArray(); // shorter than a header: not a database
    if (read != SQLITE_OK)
        return std::nullopt;
    return head;
}
} // namespace

std::optional<FileHeader> readHeader(const QString &path)
{
    const auto bytes = readThroughSqlite(path, 100);
    if (!bytes)
        return std::nullopt;
    const QByteArray &head = *bytes;
    FileHeader h;
    h.isSqlite = head.size() == 100 && head.startsWith(QByteArrayView("SQLite format 3\0", 16));
    if (h.isSqlite) {
        h.userVersion = qFromBigEndian<qint32>(head.constData() + 60);
        h.applicationId = qFromBigEndian<qint32>(head.constData() + 68);
        // The page count at offset 28 is valid when the change counter (24) equals "version valid for" (92).
        const quint32 pageSize = qFromBigEndian<quint16>(head.constData() + 16);
        const quint32 pages = qFromBigEndian<quint32>(head.constData() + 28);
        if (qFromBigEndian<quint32>(head.constData() + 24) == qFromBigEndian<quint32>(head.constData() + 92))
            h.declaredBytes = qint64(pageSize == 1 ? 65536 : pageSize) * pages;
    }
    // In WAL mode the newest first page may still be in the log (the file is open in another program, or
    // one was stopped before a checkpoint): the file's own bytes then give an old application id and
    // schema version. SQLite reads through the log, on a read-only connection that writes nothing.
    if (h.isSqlite && QFileInfo(path + u"-wal"_s).size() > 0) {
        sqlite3 *db = nullptr;
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
            const auto pragma = [db](const char *sql) -> std::optional<qint32> {
                sqlite3_stmt *stmt = nullptr;
                std::optional<qint32> value;
                if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
                    value = qint32(sqlite3_column_int(stmt, 0));
                sqlite3_finalize(stmt);
                return value;
            };
            const auto applicationId = pragma("PRAGMA application_id");
            const auto userVersion = pragma("PRAGMA user_version");
            if (applicationId && userVersion) {
                h.applicationId = *applicationId;
                h.userVersion = *userVersion;
            }
        }
        sqlite3_close(db);
    }
    return h;
}

Error toError(const QSqlError &error, const QString &path)
{
    const int code = error.nativeErrorCode().toInt();
    const QString file = QDir::toNativeSeparators(path);
    switch (code & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return {Error::Kind::Locked,
            Text::tr("%1 is busy: another program or window is writing to it. Nothing was changed; try again "
                     "in a moment.")
                .arg(file)};
    case 8: // SQLITE_READONLY
        return {Error::Kind::ReadOnly, Text::tr("%1 can only be read: nothing was changed.").arg(file)};
    case 10: // SQLITE_IOERR
        return {Error::Kind::Io,
            Text::tr("Reading or writing %1 failed (input/output error). Nothing was changed; "
                     "check the disk or the network drive.")
                .arg(file)};
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return {
            Error::Kind::Corrupt, Text::tr("%1 is damaged. Open a backup copy, or run `check` for details.").arg(file)};
    case 13: // SQLITE_FULL
        return {Error::Kind::Io,
            Text::tr("The disk holding %1 is full. Nothing was changed; free some space and "
                     "try again.")
                .arg(file)};
    case 19: // SQLITE_CONSTRAINT
        return {Error::Kind::BadData,
            Text::tr("The change would break the file's consistency and was refused (%1).").arg(error.databaseText())};
    default:
        break;
    }
    return {Error::Kind::Internal, Text::tr("Unexpected database error in %1: %2").arg(file, error.text())};
}

Error queryError(const QSqlQuery &query, const QString &path)
{
    return toError(query.lastError(), path);
}

namespace {
QByteArray digest(const QStringList &fields)
{
    // The thread's OpenSSL context (see scoreSealBytes): QCryptographicHash is several times slower, and a roster
    // of 3,321 units is sealed row by row on every read.
    thread_local Sha256 hash;
    hash.reset();
    for (const QString &f : fields) {
        const QByteArray bytes = f.toUtf8();
        hash.addData(QByteArray::number(bytes.size()));
        hash.addData(QByteArrayView(":"));
        hash.addData(bytes);
    }
    return hash.result().toHex();
}
} // namespace

namespace {
// One length-prefixed field ("<bytes>:<bytes>") of a seal.
template<typename Buffer> void appendField(Buffer &buffer, const char *bytes, qsizetype size)
{
    char length[24];
    const auto end = std::to_chars(length, length + sizeof length, size).ptr;
    buffer.append(length, end - length);
    buffer.append(':');
    buffer.append(bytes, size);
}

} // namespace

void scoreSealBytes(unsigned char out[16], qint64 criterionId, qint64 unitId, const std::optional<qint64> &self,
    const std::optional<qint64> &appraised, bool notApplicable, QStringView note)
{
    if (note.isEmpty()) {
        scoreSealBytes(out, criterionId, unitId, self, appraised, notApplicable, QByteArrayView());
    } else {
        const QByteArray utf8 = note.toUtf8();
        scoreSealBytes(out, criterionId, unitId, self, appraised, notApplicable, QByteArrayView(utf8));
    }
}

void scoreSealBytes(unsigned char out[16], qint64 criterionId, qint64 unitId, const std::optional<qint64> &self,
    const std::optional<qint64> &appraised, bool notApplicable, QByteArrayView noteUtf8)
{
    // Most cells have no note: their message is built in a fixed buffer (5 fields of at most 20 digits, with
    // their length prefixes, fit in 160 bytes), without the appends of a growing one.
    char fixed[160];
    char *p = fixed;
    const auto number = [&p](const std::optional<qint64> &value) {
        char digits[24];
        const qsizetype size = value ? std::to_chars(digits, digits + sizeof digits, *value).ptr - digits : 0;
        p = std::to_chars(p, p + 4, size).ptr;
        *p++ = ':';
        std::memcpy(p, digits, std::size_t(size));
        p += size;
    };
    std::memcpy(p, "5:score", 7);
    p += 7;
    number(criterionId);
    number(unitId);
    number(self);
    number(appraised);
    std::memcpy(p, notApplicable ? "1:1" : "1:0", 3);
    p += 3;
    QVarLengthArray<char, 256> buffer;
    QByteArrayView message;
    if (noteUtf8.isEmpty()) {
        std::memcpy(p, "0:", 2);
        p += 2;
        message = QByteArrayView(fixed, p - fixed);
    } else {
        buffer.append(fixed, p - fixed);
        appendField(buffer, noteUtf8.data(), noteUtf8.size());
        message = QByteArrayView(buffer.constData(), buffer.size());
    }
    // The low-level SHA-256 of OpenSSL: a message of one or two blocks, where the EVP interface's dispatch and
    // finalisation cost as much as the hash itself (400,000 cells a period, on every read).
    unsigned char hash[32];
    SHA256_CTX context;
    SHA256_Init(&context);
    SHA256_Update(&context, message.data(), std::size_t(message.size()));
    SHA256_Final(hash, &context);
    std::copy_n(hash, 16, out);
}

void sealHex(char out[32], const unsigned char bytes[16])
{
    static constexpr char hex[] = "0123456789abcdef";
    for (int i = 0; i < 16; ++i) {
        out[2 * i] = hex[(bytes[i] >> 4) & 0xf];
        out[2 * i + 1] = hex[bytes[i] & 0xf];
    }
}

void scoreSeal(char out[32], qint64 criterionId, qint64 unitId, const std::optional<qint64> &self,
    const std::optional<qint64> &appraised, bool notApplicable, QStringView note)
{
    unsigned char bytes[16];
    scoreSealBytes(bytes, criterionId, unitId, self, appraised, notApplicable, note);
    sealHex(out, bytes);
}

QString scoreSeal(qint64 criterionId, qint64 unitId, const std::optional<qint64> &self,
    const std::optional<qint64> &appraised, bool notApplicable, QStringView note)
{
    char out[32];
    scoreSeal(out, criterionId, unitId, self, appraised, notApplicable, note);
    return QString::fromLatin1(out, 32);
}

QString seal(const QStringList &fields)
{
    return QString::fromLatin1(digest(fields).left(32));
}

QString chainHash(const QStringList &fields)
{
    return QString::fromLatin1(digest(fields));
}

namespace {
const EVP_MD *sha256()
{
    static EVP_MD *md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}
} // namespace

Sha256::Sha256() : m_context(EVP_MD_CTX_new())
{
    reset();
}

void Sha256::reset()
{
    EVP_DigestInit_ex(static_cast<EVP_MD_CTX *>(m_context), sha256(), nullptr);
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(static_cast<EVP_MD_CTX *>(m_context));
}

void Sha256::addData(QByteArrayView bytes)
{
    EVP_DigestUpdate(static_cast<EVP_MD_CTX *>(m_context), bytes.data(), size_t(bytes.size()));
}

void Sha256::result(unsigned char out[32])
{
    unsigned int length = 0;
    EVP_DigestFinal_ex(static_cast<EVP_MD_CTX *>(m_context), out, &length);
}

QByteArray Sha256::result()
{
    unsigned char hash[32];
    result(hash);
    return QByteArray(reinterpret_cast<const char *>(hash), 32);
}

QVariant toVariant(const std::optional<Fixed> &value)
{
    return value ? QVariant(value->raw()) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<Fixed> toFixed(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return Fixed::fromRaw(value.toLongLong());
}

QString fixedText(const std::optional<Fixed> &value)
{
    return value ? value->toString() : QString();
}

QByteArray identifier(const QString &name)
{
    return '"' + name.toUtf8().replace('"', "\"\"") + '"';
}

QByteArray columnList(const QStringList &columns)
{
    QByteArrayList names;
    for (const QString &c : columns)
        names.append(identifier(c));
    return names.join(", ");
}

} // namespace parindex::sql
