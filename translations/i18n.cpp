// The library carries only the compiled translations (:/i18n/parindex_*.qm) as resources.
namespace parindex {
int translationsLinked()
{
    return 1;
}
} // namespace parindex
