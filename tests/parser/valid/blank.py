

   
# c
