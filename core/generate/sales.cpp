#include "areas.h"

#include "gencontext.h"

namespace cutover {

void generateSales(GenContext& context)
{
    Q_UNUSED(context);
}

} // namespace cutover
