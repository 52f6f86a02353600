import numpy as np
import numpy as np
np.geterr()
oldsettings = np.seterr(all='warn', invalid='raise')
np.geterr()
np.arange(3.) / np.arange(3.)
oldsettings = np.seterr(**oldsettings)  # restore original
