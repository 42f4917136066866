#include "areas.h"

#include "gencontext.h"

namespace cutover {

void generateCatalog(GenContext& context)
{
    Q_UNUSED(context);
}

} // namespace cutover
