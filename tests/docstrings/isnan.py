import numpy as np
import numpy as np
np.isnan(np.nan)
np.isnan(np.inf)
np.isnan([np.log(-1.),1.,np.log(0)])
