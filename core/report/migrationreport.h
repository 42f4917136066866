#pragma once

#include "project/project.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace cutover {

/**
 * The migration report a consultant hands to the client: the project, both stores (never a password), a summary,
 * every recorded run with its steps (start, end, rows, warnings, findings), verification, media, delta, reindex and
 * warm-up results, and the go-live timeline with the downtime. Built from the project file's run records (their
 * `details`, the JSON each command produces for `--json`) and its checklist ticks; sections with nothing recorded
 * say "not run yet" instead of disappearing.
 *
 * A value type: fromProject() takes a snapshot, html() renders it as one self-contained HTML document (inline CSS,
 * every value escaped), writePdf() lays that document out with QTextDocument on A4 pages through QPdfWriter.
 * html() and writeHtml() run on any thread; writePdf() needs a QGuiApplication (fonts), on any thread once it
 * exists.
 */
class MigrationReport
{
    Q_DECLARE_TR_FUNCTIONS(MigrationReport)
public:
    /** A snapshot of `project` (read from `projectPath`, which the report names), as of `now`. */
    static MigrationReport fromProject(const Project& project, const QString& projectPath, const QDateTime& now);

    /** The whole document, self-contained (inline CSS, no external files). */
    QString html() const;
    /** Writes html() to `path` (UTF-8). Throws cutover::Error naming the path. */
    void writeHtml(const QString& path) const;
    /**
     * Writes the report as a PDF to `path`: A4, page numbers in the footer. Needs a QGuiApplication. Throws
     * cutover::Error naming the path when it cannot be written.
     */
    void writePdf(const QString& path) const;

private:
    Project m_project;
    QString m_projectPath;
    QDateTime m_now;
};

} // namespace cutover
